package io.stockobserver.etl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The market days a provider has archive data for: scalp and swing day directories and daily event files. */
final class ArchiveDays {
    private ArchiveDays() {}

    static TreeSet<LocalDate> of(Path root, String provider) throws IOException {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String track : new String[] {"swing", "scalp"}) {
            Path dir = root.resolve(track).resolve(provider);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> markets = Files.list(dir)) {
                for (Path m : markets.filter(Files::isDirectory).toList()) {
                    try (Stream<Path> ds = Files.list(m)) {
                        ds.forEach(d -> add(days, d.getFileName().toString()));
                    }
                }
            }
        }
        Path events = root.resolve("system/events").resolve(provider);
        if (Files.isDirectory(events)) {
            try (Stream<Path> fs = Files.list(events)) {
                fs.forEach(f -> add(days, f.getFileName().toString()));
            }
        }
        return days;
    }

    private static void add(TreeSet<LocalDate> days, String name) {
        if (name.length() >= 8) {
            try {
                days.add(LocalDate.parse(name.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE));
            } catch (DateTimeParseException notADay) {
                // another file beside the days
            }
        }
    }
}
