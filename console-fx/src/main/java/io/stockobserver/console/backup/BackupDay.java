package io.stockobserver.console.backup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One row of {@code GET /api/backups}: a day with a backup folder on the server and the state of its package.
 *
 * @param day the market day
 * @param packaged whether the day has a manifest (only then can it be pulled)
 * @param acknowledged whether the server holds an acknowledgement naming the current manifest's hash
 * @param fileCount files in the package (0 when not packaged)
 * @param totalBytes bytes in the package (0 when not packaged)
 * @param anomalous whether the day was marked anomalous
 * @param manifestSha256 the current manifest's hash, null when not packaged
 */
public record BackupDay(
        LocalDate day,
        boolean packaged,
        boolean acknowledged,
        long fileCount,
        long totalBytes,
        boolean anomalous,
        String manifestSha256) {
    public BackupDay {
        Objects.requireNonNull(day, "day");
    }

    static BackupDay fromJson(JsonNode row) throws IOException {
        LocalDate day;
        try {
            day = LocalDate.parse(row.path("day").asText(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IOException("the server listed a day that is not YYYYMMDD: " + row.path("day"), e);
        }
        return new BackupDay(
                day,
                row.path("packaged").asBoolean(false),
                row.path("acknowledged").asBoolean(false),
                row.path("file_count").asLong(0),
                row.path("total_bytes").asLong(0),
                row.path("anomalous").asBoolean(false),
                row.hasNonNull(BackupManifest.HASH_FIELD)
                        ? row.get(BackupManifest.HASH_FIELD).asText()
                        : null);
    }
}
