package io.stockobserver.sandbox.market;

/**
 * The U-shaped intraday activity of a KRX session: busy at the open, quiet at midday, busier again into the close.
 *
 * <p>The multiplier averages 1 over a session, so a listing's trade rate is its mean rate over the day.
 */
final class IntradayProfile {

    private static final double FLOOR = 0.55;
    private static final double OPEN_BURST = 2.2;
    private static final double OPEN_DECAY = 0.035;
    private static final double CLOSE_BURST = 1.2;
    private static final double CLOSE_DECAY = 0.04;
    private static final double MEAN = rawIntegral(1.0);

    /** The largest multiplier over a session (at the open). */
    static final double PEAK = Math.max(multiplier(0.0), multiplier(1.0));

    private IntradayProfile() {}

    /**
     * Returns the activity multiplier at a point of the session.
     *
     * @param fraction elapsed share of the session, 0 at the open and 1 at the close
     */
    static double multiplier(double fraction) {
        double f = clamp(fraction);
        return (FLOOR + OPEN_BURST * Math.exp(-f / OPEN_DECAY) + CLOSE_BURST * Math.exp(-(1 - f) / CLOSE_DECAY)) / MEAN;
    }

    /** Returns the share of a session's expected volume that trades before {@code fraction} of the session. */
    static double cumulativeShare(double fraction) {
        return rawIntegral(clamp(fraction)) / MEAN;
    }

    private static double rawIntegral(double f) {
        return FLOOR * f
                + OPEN_BURST * OPEN_DECAY * (1 - Math.exp(-f / OPEN_DECAY))
                + CLOSE_BURST * CLOSE_DECAY * (Math.exp(-(1 - f) / CLOSE_DECAY) - Math.exp(-1 / CLOSE_DECAY));
    }

    private static double clamp(double fraction) {
        return Math.max(0.0, Math.min(1.0, fraction));
    }
}
