package io.stockobserver.pipeline;

import java.util.Locale;

/** The two collection tracks of the design: swing (REST snapshots) and scalp (real-time 2 Hz snapshots). */
public enum Track {
    SWING,
    SCALP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
