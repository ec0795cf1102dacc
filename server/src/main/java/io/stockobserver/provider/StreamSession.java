package io.stockobserver.provider;

import java.io.IOException;
import java.util.List;

/** One live real-time session of a venue. */
public interface StreamSession {
    boolean isOpen();

    /**
     * Makes {@code wanted} the registered set, given what was registered before ({@code previous}, empty on a new
     * session). A venue that registers symbol by symbol releases the removed ones first; one that takes the whole
     * list in one message sends it once. Replies come back as {@link StreamEvent}s.
     */
    void register(List<String> previous, List<String> wanted) throws IOException;

    /** Closes the session; its one close report follows. */
    void close();
}
