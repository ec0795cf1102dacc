package io.stockobserver.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A sealed archive file and the {@code .late-n} siblings the writer opened after it was sealed: everything to read for
 * one day's file, in name order.
 */
public final class LateSiblings {
    private LateSiblings() {}

    /** {@code file} (if it exists) and its {@code .late-n} siblings, sorted; empty when its directory does not exist. */
    public static List<Path> of(Path file) throws IOException {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        try (var s = Files.list(dir)) {
            return s.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.equals(name) || n.startsWith(stem + ".");
                    })
                    .sorted()
                    .toList();
        }
    }
}
