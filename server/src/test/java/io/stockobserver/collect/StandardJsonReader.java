package io.stockobserver.collect;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads archive lines as a user's tool would: a default {@link ObjectMapper} with Jackson's standard limits (numbers
 * of at most 1,000 digits, 1,000 nesting levels, 20 M-character strings).
 */
final class StandardJsonReader {
    private static final ObjectMapper STANDARD = new ObjectMapper();

    private StandardJsonReader() {}

    /** Fails when the standard reader refuses {@code line}. */
    static void assertReadable(String line) {
        try {
            STANDARD.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(
                    "a standard JSON reader refuses an archived line (" + line.length() + " chars): " + e.getMessage());
        }
    }

    /** Reads every line of every {@code .jsonl} file under {@code dir}; returns how many there were. */
    static long assertEveryLineReadable(Path dir) throws IOException {
        long lines = 0;
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    assertReadable(line);
                    lines++;
                }
            }
        }
        return lines;
    }

    /** Deletes {@code dir} and everything in it. */
    static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
