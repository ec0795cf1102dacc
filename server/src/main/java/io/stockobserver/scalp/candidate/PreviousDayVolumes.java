package io.stockobserver.scalp.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The previous days' activity from the archive itself: each symbol's last day-cumulative {@code volume} in the latest
 * Track A hour file of the most recent day before {@code today}. A server started in the morning thus knows
 * yesterday's volumes before the first ranking poll (the triggers' baseline, docs/triggers.md). Lines that are not
 * swing records are skipped.
 */
public final class PreviousDayVolumes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private PreviousDayVolumes() {}

    /**
     * @param swingMarketDir {@code <data>/swing/{provider}/{market}}
     * @return symbol → volume; empty when there is no earlier day
     */
    public static Map<String, Long> read(Path swingMarketDir, LocalDate today) throws IOException {
        Optional<Path> dayDir = latestDayBefore(swingMarketDir, today);
        if (dayDir.isEmpty()) {
            return Map.of();
        }
        Optional<Path> lastHour;
        try (Stream<Path> files = Files.list(dayDir.get())) {
            lastHour = files.filter(p -> p.getFileName().toString().matches("\\d{2}_00\\.jsonl"))
                    .max(Path::compareTo);
        }
        Map<String, Long> out = new HashMap<>();
        if (lastHour.isEmpty()) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(lastHour.get(), StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException e) {
                    continue; // a torn line is quarantined at start-up; anything else unreadable teaches nothing
                }
                JsonNode symbol = n.get("symbol");
                JsonNode volume = n.get("volume");
                if (symbol != null && volume != null && volume.canConvertToLong() && volume.asLong() >= 0) {
                    out.put(symbol.asText(), volume.asLong()); // later lines are later cycles: the last one wins
                }
            }
        }
        return out;
    }

    private static Optional<Path> latestDayBefore(Path dir, LocalDate today) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        String todayName = today.format(DAY);
        try (Stream<Path> days = Files.list(dir)) {
            return days.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches("\\d{8}"))
                    .filter(p -> p.getFileName().toString().compareTo(todayName) < 0)
                    .max(Path::compareTo);
        }
    }
}
