package io.stockobserver.console.backup;

import java.io.IOException;

/** The server answered, but not with what was asked for: the HTTP status and the server's own reason. */
public final class BackupApiException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String reason;

    public BackupApiException(String request, int status, String reason) {
        super("HTTP " + status + " for " + request + ": " + reason);
        this.status = status;
        this.reason = reason;
    }

    public int status() {
        return status;
    }

    /** The server's {@code error} text, or the start of its answer when it sent none. */
    public String reason() {
        return reason;
    }
}
