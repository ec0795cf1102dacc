package io.stockobserver.archive;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The heartbeat file exists but cannot be read as a heartbeat. It is only ever replaced atomically, so this means it
 * was edited or damaged outside the observer; the caller should record a {@code process_restart} gap of unknown start.
 */
public final class CorruptHeartbeatException extends IOException {

    private static final long serialVersionUID = 1L;

    public CorruptHeartbeatException(Path file, String content, Throwable cause) {
        super("heartbeat file " + file + " is not a valid heartbeat: '" + abbreviate(content) + "'", cause);
    }

    private static String abbreviate(String content) {
        return content.length() <= 200 ? content : content.substring(0, 200) + "…";
    }
}
