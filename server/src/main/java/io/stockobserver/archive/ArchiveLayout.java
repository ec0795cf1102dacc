package io.stockobserver.archive;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where every kind of archive file lives under the archive root ({@code OBSERVER_DATA_DIR}), as in ARCHITECTURE
 * §4.1. Dates, hours and segment names are the market's local calendar (KST for KRX): an instant is converted to
 * {@link #marketZone()} before it is named. Segments are aligned to local midnight and named after their start.
 *
 * <p>Methods that name files return paths <em>relative to the root</em>; {@link #resolve(Path)} makes them absolute
 * and is the only way in, so no archive path can escape the root. Immutable; an instance that exists is valid.
 */
public final class ArchiveLayout {

    /** The market zone of KRX (and Upbit): Korea has no daylight saving time. */
    public static final ZoneId KRX_ZONE = ZoneId.of("Asia/Seoul");
    /** Default scalp segment length: one file per 5 minutes; mitigation may shorten it. */
    public static final Duration DEFAULT_SCALP_SEGMENT = Duration.ofMinutes(5);
    /** Default raw-journal segment length. */
    public static final Duration DEFAULT_RAW_SEGMENT = Duration.ofMinutes(5);

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");
    private static final long SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private final Path root;
    private final ZoneId marketZone;
    private final Duration scalpSegment;
    private final Duration rawSegment;

    /**
     * @param root the archive root; made absolute and normalized
     * @param marketZone the zone whose calendar names days, hours and segments
     * @param scalpSegment default scalp segment length: whole seconds, at least 1 s, dividing a day evenly
     * @param rawSegment raw segment length, same rules
     */
    public ArchiveLayout(Path root, ZoneId marketZone, Duration scalpSegment, Duration rawSegment) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.marketZone = Objects.requireNonNull(marketZone, "marketZone");
        this.scalpSegment = requireSegment(scalpSegment);
        this.rawSegment = requireSegment(rawSegment);
    }

    /** A KRX layout (Asia/Seoul, 5-minute scalp and raw segments) under {@code root}. */
    public static ArchiveLayout krx(Path root) {
        return new ArchiveLayout(root, KRX_ZONE, DEFAULT_SCALP_SEGMENT, DEFAULT_RAW_SEGMENT);
    }

    public Path root() {
        return root;
    }

    public ZoneId marketZone() {
        return marketZone;
    }

    public Duration scalpSegment() {
        return scalpSegment;
    }

    public Duration rawSegment() {
        return rawSegment;
    }

    /** {@code swing/{provider}/{market}/{YYYYMMDD}/{HH}_00.jsonl}: one file per local hour of Track A cycles. */
    public Path swingFile(String provider, String market, Instant cycleTime) {
        LocalDateTime local = local(cycleTime);
        return Path.of(
                "swing",
                requireName(provider, "provider"),
                requireName(market, "market"),
                day(local.toLocalDate()),
                two(local.getHour()) + "_00.jsonl");
    }

    /** {@code scalp/{provider}/{market}/{YYYYMMDD}/{HH_MM_SS}.jsonl} for the default scalp segment. */
    public Path scalpFile(String provider, String market, Instant sampleTime) {
        return scalpFile(provider, market, sampleTime, scalpSegment);
    }

    /**
     * The scalp file of the {@code segment}-long segment containing {@code sampleTime} (mitigation shortens
     * segments). Switching lengths mid-segment can name a segment that is already closed; such records are not lost
     * but go to a {@code .late-n} file, so switch at a boundary of both lengths.
     */
    public Path scalpFile(String provider, String market, Instant sampleTime, Duration segment) {
        LocalDateTime start = segmentStartLocal(sampleTime, requireSegment(segment));
        return Path.of(
                "scalp",
                requireName(provider, "provider"),
                requireName(market, "market"),
                day(start.toLocalDate()),
                hms(start.toLocalTime()) + ".jsonl");
    }

    /** {@code raw/{provider}/{YYYYMMDD}/{HH_MM_SS}.raw}: the raw segment containing {@code receiveTime}. */
    public Path rawFile(String provider, Instant receiveTime) {
        LocalDateTime start = segmentStartLocal(receiveTime, rawSegment);
        return Path.of(
                "raw", requireName(provider, "provider"), day(start.toLocalDate()), hms(start.toLocalTime()) + ".raw");
    }

    /** {@code system/events/{provider}/{YYYYMMDD}.jsonl}: gap markers, reconnections and other system events. */
    public Path eventsFile(String provider, Instant t) {
        return Path.of("system", "events", requireName(provider, "provider"), day(local(t).toLocalDate()) + ".jsonl");
    }

    /** {@code system/overflow/{provider}/{YYYYMMDD}_overflow.jsonl}: the Overflow Ledger. */
    public Path overflowFile(String provider, Instant t) {
        return Path.of(
                "system",
                "overflow",
                requireName(provider, "provider"),
                day(local(t).toLocalDate()) + "_overflow.jsonl");
    }

    /** {@code system/state/heartbeat.json}: the process heartbeat kept by {@link LivenessJournal}. */
    public Path heartbeatFile() {
        return Path.of("system", "state", "heartbeat.json");
    }

    /** {@code quarantine/{relative original path}.{epochMillis}.torn}: where a torn tail of that file is kept. */
    public Path quarantineFile(Path relativeOriginal, Instant now) {
        Path original = requireRelative(relativeOriginal);
        String name = original.getFileName() + "." + now.toEpochMilli() + ".torn";
        Path parent = original.getParent();
        return parent == null
                ? Path.of("quarantine", name)
                : Path.of("quarantine").resolve(parent).resolve(name);
    }

    /** The absolute path of an archive-relative path; rejects absolute paths and {@code .}/{@code ..} elements. */
    public Path resolve(Path relative) {
        return root.resolve(requireRelative(relative));
    }

    /** The start of the scalp segment of length {@code segment} containing {@code t}. */
    public Instant scalpSegmentStart(Instant t, Duration segment) {
        return segmentStartLocal(t, requireSegment(segment)).atZone(marketZone).toInstant();
    }

    /** The start of the raw segment containing {@code t}. */
    public Instant rawSegmentStart(Instant t) {
        return segmentStartLocal(t, rawSegment).atZone(marketZone).toInstant();
    }

    /** An archive-relative path written with '/' separators whatever the platform, as it appears in records. */
    public static String toArchiveString(Path relative) {
        StringBuilder text = new StringBuilder();
        for (Path element : requireRelative(relative)) {
            if (text.length() > 0) {
                text.append('/');
            }
            text.append(element);
        }
        return text.toString();
    }

    /**
     * Checks that {@code path} is a non-empty relative path without {@code .} or {@code ..} elements, so resolving
     * it against the root stays under the root. Cheap enough to run on every append.
     */
    static Path requireRelative(Path path) {
        Objects.requireNonNull(path, "path");
        String text = path.toString();
        if (path.isAbsolute() || text.isEmpty()) {
            throw new IllegalArgumentException("not an archive-relative path: '" + text + "'");
        }
        String sep = path.getFileSystem().getSeparator();
        if (isDotElement(text, ".", sep) || isDotElement(text, "..", sep)) {
            throw new IllegalArgumentException("archive path must not contain '.' or '..': '" + text + "'");
        }
        return path;
    }

    private static boolean isDotElement(String text, String dots, String sep) {
        return text.equals(dots)
                || text.startsWith(dots + sep)
                || text.endsWith(sep + dots)
                || text.contains(sep + dots + sep);
    }

    private static String requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must match [a-z0-9_]+ but was '" + value + "'");
        }
        return value;
    }

    private static Duration requireSegment(Duration segment) {
        Objects.requireNonNull(segment, "segment");
        long seconds = segment.toSeconds();
        if (segment.toNanosPart() != 0 || seconds < 1 || SECONDS_PER_DAY % seconds != 0) {
            throw new IllegalArgumentException(
                    "segment must be whole seconds, at least 1 s, and divide a day evenly: " + segment);
        }
        return segment;
    }

    private LocalDateTime local(Instant t) {
        return LocalDateTime.ofInstant(Objects.requireNonNull(t, "time"), marketZone);
    }

    private LocalDateTime segmentStartLocal(Instant t, Duration segment) {
        LocalDateTime local = local(t);
        long length = segment.toSeconds();
        long floored = local.toLocalTime().toSecondOfDay() / length * length;
        return LocalDateTime.of(local.toLocalDate(), LocalTime.ofSecondOfDay(floored));
    }

    private static String day(LocalDate date) {
        return String.valueOf(date.getYear()) + two(date.getMonthValue()) + two(date.getDayOfMonth());
    }

    private static String hms(LocalTime time) {
        return two(time.getHour()) + "_" + two(time.getMinute()) + "_" + two(time.getSecond());
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
