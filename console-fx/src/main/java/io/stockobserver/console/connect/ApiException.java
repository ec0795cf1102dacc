package io.stockobserver.console.connect;

import java.io.IOException;

/** The server answered with an error status; {@link #getMessage()} is the server's own explanation when it gave one. */
public final class ApiException extends IOException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** 401 or 403: the login is wrong or may not do this. */
    public boolean refused() {
        return status == 401 || status == 403;
    }
}
