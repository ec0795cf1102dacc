package io.stockobserver.batch.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file once and gives its size, SHA-256, record count and first/last event time. Records are complete lines
 * (a {@code .json} document is one record; a quarantined torn tail without a newline is none);
 * the time of a record is its top-level {@code event_time}, else {@code timestamp} (Overflow Ledger), else
 * {@code receive_time} (raw journal). Times are ISO-8601 UTC strings of one format, so they order as text. A line
 * that is not JSON still counts as a record (it is evidence) but gives no time.
 */
public final class FileSummarizer {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String[] TIME_FIELDS = {"event_time", "timestamp", "receive_time"};

    private FileSummarizer() {}

    public static FileEntry summarize(Path file, String path, String snapshotOf) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        long size = 0;
        long records = 0;
        String first = null;
        String last = null;
        boolean jsonLines = path.endsWith(".jsonl") || path.endsWith(".raw");
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                sha.update(buf, 0, n);
                size += n;
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line.write(buf, start, i - start);
                        records++;
                        if (jsonLines) {
                            String t = time(line.toByteArray());
                            if (t != null) {
                                first = first == null || t.compareTo(first) < 0 ? t : first;
                                last = last == null || t.compareTo(last) > 0 ? t : last;
                            }
                        }
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(buf, start, n - start);
            }
        }
        if (path.endsWith(".json")) {
            records = size > 0 ? 1 : 0; // a whole-file JSON document (the universe) is one record
        }
        return new FileEntry(path, size, HexFormat.of().formatHex(sha.digest()), records, first, last, snapshotOf);
    }

    /** The record's time, or null. */
    static String time(byte[] line) {
        String[] found = new String[TIME_FIELDS.length];
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                for (int i = 0; i < TIME_FIELDS.length; i++) {
                    if (TIME_FIELDS[i].equals(name) && value == JsonToken.VALUE_STRING) {
                        found[i] = p.getText();
                    }
                }
                p.skipChildren();
            }
        } catch (IOException notJson) {
            return null;
        }
        for (String f : found) {
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
