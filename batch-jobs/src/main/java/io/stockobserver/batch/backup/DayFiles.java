package io.stockobserver.batch.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The archive files of one market day, found by the day token the layout puts in every day-partitioned path
 * ({@code swing/…/{YYYYMMDD}/…}, {@code raw/…/{YYYYMMDD}/…}, {@code system/events/…/{YYYYMMDD}.jsonl},
 * {@code …/{YYYYMMDD}_overflow.jsonl}, {@code universe/…/{YYYYMMDD}.json}, {@code quarantine/{original path}…}).
 * Leaves out the backup area itself, process state, temporary files of atomic replaces and anything that is not a
 * regular file (symbolic links are never followed). Sorted by relative path with {@code /} separators, so the list —
 * and the manifest — is the same on every run.
 */
public final class DayFiles {
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
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String rel = relative(root, p);
                if (belongsTo(rel, token)) {
                    out.add(rel);
                }
            }
        }
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
