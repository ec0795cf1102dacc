package io.stockobserver.loop;

import java.util.Map;

/** Where the loop supervisor writes its evidence (the archive's system events, once the archive is open). */
public interface LoopEvents {
    /** Records a {@code loop_*} event; before the archive is open it is dropped (the log line still says it). */
    void loopEvent(String type, Map<String, ?> fields);
}
