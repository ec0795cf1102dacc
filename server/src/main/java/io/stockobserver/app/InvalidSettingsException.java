package io.stockobserver.app;

import java.util.List;

/** The observer refuses to start: the message lists every bad setting, one line each (no cause, no stack noise). */
public final class InvalidSettingsException extends IllegalStateException {
    public InvalidSettingsException(List<String> lines) {
        super("invalid settings: " + String.join("; ", lines));
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the lines say everything; a trace would bury them
    }
}
