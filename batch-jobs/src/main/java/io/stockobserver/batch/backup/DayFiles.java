package io.stockobserver.batch.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The archive files of one market day, found by the day token the layout puts in every day-partitioned path
 * ({@code swing/…/{YYYYMMDD}/…}, {@code raw/…/{YYYYMMDD}/…}, {@code system/events/…/{YYYYMMDD}.jsonl},
 * {@code …/{YYYYMMDD}_overflow.jsonl}, {@code universe/…/{YYYYMMDD}.json}, {@code quarantine/{original path}…}).
 * Leaves out the backup area itself, process state, temporary files of atomic replaces and anything that is not a
 * regular file (symbolic links are never followed). Sorted by relative path with {@code /} separators, so the list —
 * and the manifest — is the same on every run.
 */
public final class DayFiles {
    /** Directories under the data directory that hold no archive files (the embedded database, ETL output). */
    public static final java.util.Set<String> NOT_ARCHIVE = java.util.Set.of("database", "etl");

    private DayFiles() {}

    public static String token(LocalDate day) {
        return day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** Relative paths ({@code /}-separated) of the day's files under {@code root}. */
    public static List<String> list(Path root, LocalDate day) throws IOException {
        String token = token(day);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        // the embedded database and the load's failed lines are not archive data: never walked
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(
                    Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                String rel = relative(root, dir);
                return NOT_ARCHIVE.contains(rel)
                        ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                        : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                String rel = relative(root, p);
                if (a.isRegularFile() && belongsTo(rel, token)) {
                    out.add(rel);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    return java.nio.file.FileVisitResult.CONTINUE; // removed meanwhile (retention)
                }
                throw e;
            }
        });
        out.sort(null);
        return out;
    }

    static boolean belongsTo(String rel, String token) {
        if (rel.startsWith("backup/") || rel.startsWith("system/state/") || rel.endsWith(".tmp")) {
            return false;
        }
        for (String element : rel.split("/")) {
            if (element.equals(token) || element.startsWith(token + ".") || element.startsWith(token + "_")) {
                return true;
            }
        }
        return false;
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
