package io.stockobserver.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads a day's {@code gap_marker} events back from the archive ({@code system/events/{provider}/{YYYYMMDD}.jsonl}
 * and any {@code .late-n} siblings), oldest first — the evidence the console shows on its gap timeline. Lines that
 * are not valid JSON are skipped and counted in the log, never fatal (the file is evidence; it is read, not judged).
 */
public final class GapQuery {
    private static final Logger LOG = Logger.getLogger(GapQuery.class.getName());
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
        Path file = layout.resolve(layout.eventsFile(
                provider, day.atStartOfDay(layout.marketZone()).toInstant()));
        List<java.util.Map<String, Object>> out = new ArrayList<>();
        List<Path> files = io.stockobserver.archive.LateSiblings.of(file);
        int skipped = 0;
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                try {
                    JsonNode e = JSON.readTree(line);
                    if (e != null && "gap_marker".equals(e.path("event_type").asText())) {
                        out.add(JSON.convertValue(e, java.util.Map.class));
                    }
                } catch (IOException malformed) {
                    skipped++;
                }
            }
        }
        if (skipped > 0) {
            LOG.warning(skipped + " unreadable lines skipped in " + file.getParent());
        }
        return out;
    }
}
