package io.stockobserver.sandbox.ws;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds real-time data frames {@code 0|TR_ID|NNN|payload} (KIS facts §5.5): plain (0), the TR, the record count as
 * three zero-padded digits, and the records' fields joined with '^' (records are simply concatenated).
 */
final class Frames {

    /** The count field has three digits. */
    static final int MAX_RECORDS = 999;

    private Frames() {}

    /** Returns one frame of 1..999 records. */
    static String frame(String trId, List<String> records) {
        int count = records.size();
        if (count < 1 || count > MAX_RECORDS) {
            throw new IllegalArgumentException("a frame carries 1.." + MAX_RECORDS + " records: " + count);
        }
        StringBuilder frame = new StringBuilder(16 + records.get(0).length() * count);
        frame.append("0|").append(trId).append('|');
        frame.append((char) ('0' + count / 100))
                .append((char) ('0' + count / 10 % 10))
                .append((char) ('0' + count % 10));
        frame.append('|');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                frame.append('^');
            }
            frame.append(records.get(i));
        }
        return frame.toString();
    }

    /** Splits records into frames of at most {@code perFrame} records. */
    static List<Frame> frames(String trId, List<String> records, int perFrame) {
        List<Frame> frames = new ArrayList<>();
        for (int from = 0; from < records.size(); from += perFrame) {
            List<String> chunk = records.subList(from, Math.min(records.size(), from + perFrame));
            frames.add(new Frame(frame(trId, chunk), chunk.size()));
        }
        return frames;
    }

    /**
     * A frame and the number of records it carries.
     *
     * @param text the frame
     * @param records its record count
     */
    record Frame(String text, int records) {}
}
