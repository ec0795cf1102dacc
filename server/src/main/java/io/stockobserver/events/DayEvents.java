package io.stockobserver.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.LateSiblings;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads a market day's system events back from the archive ({@code system/events/{provider}/{YYYYMMDD}.jsonl} and its
 * {@code .late-n} siblings), in file order. Lines that are not JSON are skipped and counted in the log, never fatal:
 * the file is evidence, read, not judged.
 */
public final class DayEvents {
    private static final Logger LOG = Logger.getLogger(DayEvents.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private DayEvents() {}

    public static List<JsonNode> read(ArchiveLayout layout, String provider, LocalDate day) throws IOException {
        Path file = layout.resolve(layout.eventsFile(
                provider, day.atStartOfDay(layout.marketZone()).toInstant()));
        List<JsonNode> out = new ArrayList<>();
        int skipped = 0;
        for (Path f : LateSiblings.of(file)) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    try {
                        JsonNode e = JSON.readTree(line);
                        if (e != null && e.isObject()) {
                            out.add(e);
                        }
                    } catch (IOException malformed) {
                        skipped++;
                    }
                }
            }
        }
        if (skipped > 0) {
            LOG.warning(skipped + " unreadable lines skipped in " + file.getParent());
        }
        return out;
    }
}
