package io.stockobserver.scalp.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The previous day's activity from the archive itself: each symbol's last day-cumulative {@code volume} in the latest
 * Track A hour file that ends at or before the start of today's counter day (the venue's counters reset then: KIS
 * at midnight in Seoul, so yesterday's last hour; Upbit at midnight UTC, so the 08:00 KST hour of today's partition).
 * A server started in the morning thus knows yesterday's volumes before the first ranking poll (the triggers'
 * baseline, docs/triggers.md). Lines that are not swing records are skipped.
 */
public final class PreviousDayVolumes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern HOUR_FILE = Pattern.compile("(\\d{2})_00\\.jsonl");

    private PreviousDayVolumes() {}

    /**
     * @param swingMarketDir {@code <data>/swing/{provider}/{market}}
     * @param partitionZone the zone the archive's day and hour partitions are in (the venue's zone)
     * @param counterDayStart when the venue's day-cumulative counters last reset
     * @return symbol → volume; empty when the archive holds no earlier hour
     */
    public static Map<String, Double> read(Path swingMarketDir, ZoneId partitionZone, Instant counterDayStart)
            throws IOException {
        Optional<Path> hour = latestHourEndingBy(swingMarketDir, partitionZone, counterDayStart);
        Map<String, Double> out = new HashMap<>();
        if (hour.isEmpty()) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(hour.get(), StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException e) {
                    continue; // a torn line is quarantined at start-up; anything else unreadable teaches nothing
                }
                JsonNode symbol = n.get("symbol");
                JsonNode volume = n.get("volume");
                if (symbol != null && volume != null && volume.isNumber() && volume.asDouble() >= 0) {
                    out.put(symbol.asText(), volume.asDouble()); // later lines are later cycles: the last one wins
                }
            }
        }
        return out;
    }

    private static Optional<Path> latestHourEndingBy(Path dir, ZoneId zone, Instant end) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<Path> days;
        try (Stream<Path> list = Files.list(dir)) {
            days = list.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches("\\d{8}"))
                    .sorted(Comparator.reverseOrder())
                    .toList();
        }
        for (Path day : days) {
            LocalDate date = LocalDate.parse(day.getFileName().toString(), DAY);
            if (!date.atStartOfDay(zone).toInstant().isBefore(end)) {
                continue; // the whole day is after the counters reset
            }
            List<Path> hours;
            try (Stream<Path> list = Files.list(day)) {
                hours = list.filter(p ->
                                HOUR_FILE.matcher(p.getFileName().toString()).matches())
                        .sorted(Comparator.reverseOrder())
                        .toList();
            }
            for (Path hour : hours) {
                Matcher m = HOUR_FILE.matcher(hour.getFileName().toString());
                m.matches();
                int h = Integer.parseInt(m.group(1));
                if (h < 24
                        && !date.atTime(h, 0)
                                .plusHours(1)
                                .atZone(zone)
                                .toInstant()
                                .isAfter(end)) {
                    return Optional.of(hour);
                }
            }
        }
        return Optional.empty();
    }
}
