package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.fault.FrameFault;

/**
 * Spoils a data frame {@code 0|TR_ID|NNN|payload} as a {@link FrameFault} says: {@code BAD_COUNT} writes
 * {@value #BAD_COUNT} in place of the three-digit count; {@code MISSING_FIELD} removes the payload's last field (the
 * last {@code ^} and what follows), so the last record is one field short; {@code TRUNCATED} ends the frame halfway
 * through the characters of its last record. The header stays as it was except for {@code BAD_COUNT}.
 */
final class FrameGarbler {

    /** What a malformed count field reads. */
    static final String BAD_COUNT = "NaN";

    private static final int HEADER_BARS = 3;

    private FrameGarbler() {}

    static String apply(FrameFault fault, String frame) {
        int payloadStart = payloadStart(frame);
        return switch (fault) {
            case BAD_COUNT -> badCount(frame, payloadStart);
            case MISSING_FIELD -> missingField(frame, payloadStart);
            case TRUNCATED -> truncated(frame, payloadStart);
        };
    }

    private static String badCount(String frame, int payloadStart) {
        int countStart = frame.lastIndexOf('|', payloadStart - 2) + 1;
        return frame.substring(0, countStart) + BAD_COUNT + frame.substring(payloadStart - 1);
    }

    private static String missingField(String frame, int payloadStart) {
        int lastSeparator = frame.lastIndexOf('^');
        return frame.substring(0, Math.max(lastSeparator, payloadStart));
    }

    private static String truncated(String frame, int payloadStart) {
        int count = Integer.parseInt(frame.substring(frame.lastIndexOf('|', payloadStart - 2) + 1, payloadStart - 1));
        String payload = frame.substring(payloadStart);
        int fields = 1;
        for (int i = 0; i < payload.length(); i++) {
            if (payload.charAt(i) == '^') {
                fields++;
            }
        }
        int lastRecordStart = offsetOfField(payload, fields / count * (count - 1));
        int cut = lastRecordStart + Math.max(1, (payload.length() - lastRecordStart) / 2);
        return frame.substring(0, payloadStart + Math.min(cut, payload.length() - 1));
    }

    /** Returns the character offset of field {@code index} (from 0) of a '^'-separated payload. */
    private static int offsetOfField(String payload, int index) {
        int seen = 0;
        for (int i = 0; i < payload.length() && seen < index; i++) {
            if (payload.charAt(i) == '^' && ++seen == index) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int payloadStart(String frame) {
        int at = -1;
        for (int bar = 0; bar < HEADER_BARS; bar++) {
            at = frame.indexOf('|', at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("not a data frame: " + frame);
            }
        }
        return at + 1;
    }
}
