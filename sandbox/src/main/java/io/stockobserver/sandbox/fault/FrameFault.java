package io.stockobserver.sandbox.fault;

/** How one real-time data frame is spoiled by injection ({@link WsFaultPlan}). */
public enum FrameFault {

    /** The record-count field reads {@code NaN} instead of three digits; the records are intact. */
    BAD_COUNT,

    /** The frame's last field is missing, so its last record has one field too few; the count is unchanged. */
    MISSING_FIELD,

    /** The frame ends in the middle of its last record; the count is unchanged. */
    TRUNCATED
}
