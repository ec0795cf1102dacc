package io.stockobserver.batch.etl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The archive files one chunk step of {@code etl-day} loads (docs/archive-format.md §2), late files included, in
 * path order.
 */
public enum EtlSource {
    SWING("swing"),
    SCALP("scalp"),
    EVENTS("events"),
    OVERFLOW("overflow");

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final String id;

    EtlSource(String id) {
        this.id = id;
    }

    /** The name used in the job XML and the step ids. */
    public String id() {
        return id;
    }

    public static EtlSource of(String id) {
        for (EtlSource s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown etl source '" + id + "' (swing, scalp, events, overflow)");
    }

    /** The day's files of this source for one provider, archive-relative, sorted. */
    public List<String> files(Path root, String provider, LocalDate day) throws IOException {
        String d = DAY.format(day);
        return switch (this) {
            case SWING, SCALP -> underMarkets(root, root.resolve(id).resolve(provider), d);
            case EVENTS -> inDir(root, root.resolve("system/events").resolve(provider), n -> n.startsWith(d + "."));
            case OVERFLOW -> inDir(
                    root, root.resolve("system/overflow").resolve(provider), n -> n.startsWith(d + "_overflow."));
        };
    }

    private static List<String> underMarkets(Path root, Path providerDir, String day) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(providerDir)) {
            return out;
        }
        try (Stream<Path> markets = Files.list(providerDir)) {
            for (Path m : markets.sorted().toList()) {
                out.addAll(inDir(root, m.resolve(day), n -> true));
            }
        }
        return out;
    }

    private static List<String> inDir(Path root, Path dir, Predicate<String> name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .filter(p -> name.test(p.getFileName().toString()))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
    }
}
