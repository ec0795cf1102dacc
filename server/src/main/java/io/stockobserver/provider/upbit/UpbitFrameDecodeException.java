package io.stockobserver.provider.upbit;

/**
 * A socket message that is not a valid Upbit frame; carries the raw text so the evidence is never lost. A value that
 * is not a number within its field's bounds arrives with the {@link io.stockobserver.pipeline.FieldValueException}
 * as the cause.
 */
public final class UpbitFrameDecodeException extends Exception {
    private final String rawFrame;

    public UpbitFrameDecodeException(String reason, String rawFrame) {
        this(reason, rawFrame, null);
    }

    public UpbitFrameDecodeException(String reason, String rawFrame, Throwable cause) {
        super(reason + " (frame of " + (rawFrame == null ? 0 : rawFrame.length()) + " chars)", cause);
        this.rawFrame = rawFrame;
    }

    /**
     * The message exactly as received; for a binary frame that is not UTF-8, {@code base64:} followed by its bytes in
     * Base64.
     */
    public String rawFrame() {
        return rawFrame;
    }
}
