package io.stockobserver.universe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The universe files of one provider and market: {@code universe/{provider}/{market}/{YYYYMMDD}.json} under the
 * archive root (ARCHITECTURE §4.1), one pretty-printed JSON document per market-local day (format:
 * docs/archive-format.md, "Universe"). Files are replaced atomically (temporary file, {@code force()}, atomic rename,
 * directory fsync), so a crash leaves the old file or the new one.
 *
 * <p>The universe is fixed for the day: {@link #writeIfAbsent} keeps a day's file once it exists, so a restart
 * reads back the same universe instead of building a new one. Writes are serialized per instance; use one instance
 * per provider and market.
 */
public final class UniverseFile {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{8})\\.json");

    private final Path dir;
    private final String provider;
    private final String market;

    /**
     * @param archiveRoot the archive root ({@code OBSERVER_DATA_DIR})
     * @param provider e.g. {@code kis}; must match {@code [a-z0-9_]+}
     * @param market e.g. {@code kr_stocks}; must match {@code [a-z0-9_]+}
     */
    public UniverseFile(Path archiveRoot, String provider, String market) {
        this.provider = requireName(provider, "provider");
        this.market = requireName(market, "market");
        this.dir = Objects.requireNonNull(archiveRoot, "archiveRoot")
                .toAbsolutePath()
                .normalize()
                .resolve(directory(provider, market));
    }

    /** {@code universe/{provider}/{market}/{YYYYMMDD}.json}, relative to the archive root. */
    public static Path relativePath(String provider, String market, LocalDate day) {
        return directory(requireName(provider, "provider"), requireName(market, "market"))
                .resolve(fileName(day));
    }

    public String provider() {
        return provider;
    }

    public String market() {
        return market;
    }

    /** The absolute path of {@code day}'s file. */
    public Path path(LocalDate day) {
        return dir.resolve(fileName(day));
    }

    /** Writes {@code universe} as its day's file, replacing any earlier file of that day atomically. */
    public synchronized void write(Universe universe) throws IOException {
        String json = UniverseJson.write(universe, provider, market);
        io.stockobserver.archive.DurableFiles.replaceAtomically(
                path(universe.day()), json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Fixes {@code candidate} as its day's universe unless that day already has one: returns the universe in force
     * for the day, the one read from the existing file or else {@code candidate}, now written.
     *
     * @throws UniverseFileException if the day's file exists but cannot be read; it is left as it is (replace it
     *     deliberately with {@link #write})
     */
    public synchronized Universe writeIfAbsent(Universe candidate) throws IOException {
        Optional<Universe> existing = read(candidate.day());
        if (existing.isPresent()) {
            return existing.get();
        }
        write(candidate);
        return candidate;
    }

    /**
     * The universe of {@code day}, if its file exists.
     *
     * @throws UniverseFileException if the file exists but is not a universe file of this provider, market and day
     */
    public Optional<Universe> read(LocalDate day) throws IOException {
        Path file = path(day);
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        }
        UniverseJson.Parsed parsed;
        try {
            parsed = UniverseJson.read(content);
        } catch (IllegalArgumentException e) {
            throw new UniverseFileException(file, e.getMessage(), e);
        }
        requireSame(file, "provider", provider, parsed.provider());
        requireSame(file, "market", market, parsed.market());
        requireSame(file, "day", day.toString(), parsed.universe().day().toString());
        return Optional.of(parsed.universe());
    }

    /**
     * The most recent universe of a day before {@code day}, for keeping the previous day's universe when today's
     * master files are unavailable. Files that are not named {@code YYYYMMDD.json} (such as a temporary file left by
     * a crash) are ignored; the latest file is read and, if it is unreadable, that is thrown, not skipped.
     */
    public Optional<Universe> latestBefore(LocalDate day) throws IOException {
        Objects.requireNonNull(day, "day");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Optional<LocalDate> latest;
        try (Stream<Path> files = Files.list(dir)) {
            latest = files.map(UniverseFile::dayOf)
                    .flatMap(Optional::stream)
                    .filter(d -> d.isBefore(day))
                    .max(LocalDate::compareTo);
        }
        return latest.isPresent() ? read(latest.get()) : Optional.empty();
    }

    private static Optional<LocalDate> dayOf(Path file) {
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    private static Path directory(String provider, String market) {
        return Path.of("universe", provider, market);
    }

    private static String fileName(LocalDate day) {
        return DateTimeFormatter.BASIC_ISO_DATE.format(Objects.requireNonNull(day, "day")) + ".json";
    }

    private static void requireSame(Path file, String what, String expected, String found)
            throws UniverseFileException {
        if (!expected.equals(found)) {
            throw new UniverseFileException(
                    file, what + " is '" + found + "' but this file is for '" + expected + "'", null);
        }
    }

    private static String requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must match [a-z0-9_]+ but was '" + value + "'");
        }
        return value;
    }
}
