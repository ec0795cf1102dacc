package io.stockobserver.batch.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a day's system events say about it, for the manifest: every {@code gap_marker} (in file order) and the
 * reasons of every {@code day_marked_anomalous}.
 *
 * @param gaps the gap markers, as archived
 * @param anomalyReasons reasons the day was marked anomalous, in order, without repeats
 */
public record DayEvidence(List<JsonNode> gaps, List<String> anomalyReasons) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public DayEvidence {
        gaps = List.copyOf(gaps);
        anomalyReasons = List.copyOf(anomalyReasons);
    }

    public long gapSeconds() {
        return gaps.stream().mapToLong(g -> g.path("gap_seconds").asLong()).sum();
    }

    /** Reads the events files among {@code files} (archive-relative, sorted) under {@code root}. */
    public static DayEvidence read(Path root, List<String> files) throws IOException {
        List<JsonNode> gaps = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String rel : files) {
            if (!rel.startsWith("system/events/")) {
                continue;
            }
            try (BufferedReader r = Files.newBufferedReader(root.resolve(rel), StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    JsonNode e;
                    try {
                        e = JSON.readTree(line);
                    } catch (IOException notJson) {
                        continue;
                    }
                    String type = e.path("event_type").asText();
                    if (type.equals("gap_marker")) {
                        gaps.add(e);
                    } else if (type.equals("day_marked_anomalous")) {
                        String reason = e.path("reason").asText("unspecified");
                        if (!reasons.contains(reason)) {
                            reasons.add(reason);
                        }
                    }
                }
            }
        }
        return new DayEvidence(gaps, reasons);
    }
}
