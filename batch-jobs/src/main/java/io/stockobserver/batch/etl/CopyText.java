package io.stockobserver.batch.etl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Encodes rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for NULL, backslash escapes. */
final class CopyText {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    private final StringBuilder line = new StringBuilder(1024);

    /** Appends one line: the row's values. */
    void add(Row row) {
        line.setLength(0);
        for (int i = 0; i < row.values().length; i++) {
            String v = row.values()[i];
            if (i > 0) {
                line.append('\t');
            }
            if (v == null) {
                line.append("\\N");
            } else {
                escape(v);
            }
        }
        line.append('\n');
        byte[] b = line.toString().getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }

    private void escape(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    int size() {
        return out.size();
    }
}
