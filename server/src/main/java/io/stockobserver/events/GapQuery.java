package io.stockobserver.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a day's {@code gap_marker} events back from the archive ({@code system/events/{provider}/{YYYYMMDD}.jsonl}
 * and any {@code .late-n} siblings), oldest first — the evidence the console shows on its gap timeline. Lines that
 * are not valid JSON are skipped and counted in the log, never fatal (the file is evidence; it is read, not judged).
 */
public final class GapQuery {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArchiveLayout layout;
    private final String provider;

    public GapQuery(ArchiveLayout layout, String provider) {
        this.layout = layout;
        this.provider = provider;
    }

    /** The day's gap markers in file order, each as a field map; empty when the day has no events file. */
    @SuppressWarnings("unchecked")
    public List<java.util.Map<String, Object>> gaps(LocalDate day) throws IOException {
        List<java.util.Map<String, Object>> out = new ArrayList<>();
        for (JsonNode e : DayEvents.read(layout, provider, day)) {
            if ("gap_marker".equals(e.path("event_type").asText())) {
                out.add(JSON.convertValue(e, java.util.Map.class));
            }
        }
        return out;
    }
}
