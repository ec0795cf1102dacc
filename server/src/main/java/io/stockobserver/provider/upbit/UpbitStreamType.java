package io.stockobserver.provider.upbit;

/** {@code stream_type} of a data frame (PROVIDERS_FACTS §1.5). */
public enum UpbitStreamType {
    /** The state when the subscription was made; a quiet book's snapshot can be minutes old. */
    SNAPSHOT,
    /** The stream that follows the snapshot. */
    REALTIME
}
