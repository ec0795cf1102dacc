package io.stockobserver.sandbox.market;

/** Where a {@link Surge} stands at a moment. */
public enum SurgeState {

    /** Its start is still ahead. */
    SCHEDULED,

    /** It acts now: its start has passed and its end has not. */
    ACTIVE,

    /** Its end has passed (or it was scheduled entirely in the past). */
    ENDED
}
