package io.stockobserver.provider.kis;

/** A WebSocket message that is not a valid KIS frame; carries the raw text so the evidence is never lost. */
public final class KisFrameParseException extends Exception {
    private final String rawFrame;

    public KisFrameParseException(String reason, String rawFrame) {
        super(reason + " (frame of " + (rawFrame == null ? 0 : rawFrame.length()) + " chars)");
        this.rawFrame = rawFrame;
    }

    /** The message exactly as received. */
    public String rawFrame() {
        return rawFrame;
    }
}
