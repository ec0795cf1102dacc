package io.stockobserver.universe;

import java.io.IOException;
import java.nio.file.Path;

/** A universe file that exists but cannot be understood: not JSON, a missing or mistyped field, another day. */
public class UniverseFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public UniverseFileException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
