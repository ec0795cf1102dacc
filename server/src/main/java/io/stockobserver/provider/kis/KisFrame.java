package io.stockobserver.provider.kis;

/** One WebSocket text message from KIS: either a JSON control message or a caret-delimited data frame. */
public sealed interface KisFrame permits KisControlMessage, KisDataFrame {
    /** The message exactly as received. */
    String raw();
}
