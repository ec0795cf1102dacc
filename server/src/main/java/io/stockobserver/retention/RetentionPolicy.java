package io.stockobserver.retention;

/**
 * How long archive days are kept (seed 003 §2.12): a normal day {@code normalDays}, an anomalous one
 * {@code anomalousDays}, and never more than {@code maxDays} — at the cap an unacknowledged day is still kept (data is
 * never deleted before its backup is acknowledged) and raises an alarm instead.
 */
public record RetentionPolicy(int normalDays, int anomalousDays, int maxDays) {
    public RetentionPolicy {
        if (normalDays < 1 || anomalousDays < normalDays || maxDays < anomalousDays) {
            throw new IllegalArgumentException("retention needs 1 <= normal (" + normalDays + ") <= anomalous ("
                    + anomalousDays + ") <= max (" + maxDays + ") days");
        }
    }

    /** 3, 7 and 10 days. */
    public static RetentionPolicy defaults() {
        return new RetentionPolicy(3, 7, 10);
    }

    public int keepDays(boolean anomalous) {
        return anomalous ? anomalousDays : normalDays;
    }
}
