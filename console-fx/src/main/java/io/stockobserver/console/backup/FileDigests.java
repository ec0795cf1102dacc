package io.stockobserver.console.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** SHA-256 as the server writes it (lower-case hex), of bytes in memory or of a file streamed from disk. */
final class FileDigests {
    private static final int BUFFER = 64 * 1024;

    private FileDigests() {}

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    /**
     * The SHA-256 of {@code file}, read in chunks (never whole into memory); {@code progress} gets each chunk's
     * length. Stops with {@link InterruptedException} when the thread is interrupted.
     */
    static String sha256(Path file, LongConsumer progress) throws IOException, InterruptedException {
        MessageDigest digest = newSha256();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                progress.accept(n);
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("interrupted while hashing " + file);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
