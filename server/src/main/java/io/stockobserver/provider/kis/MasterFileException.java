package io.stockobserver.provider.kis;

import java.io.IOException;

/**
 * A master-file download that cannot be read at all: not a zip, no {@code .mst} entry, or an entry too large. (A
 * single bad line is not this; it becomes a {@link MasterParseError}.) An {@link IOException} so that a caller that
 * fetches and parses handles "could not get today's master" in one place.
 */
public class MasterFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public MasterFileException(String message) {
        super(message);
    }

    public MasterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
