package io.stockobserver.sandbox.market;

import java.util.SplittableRandom;

/**
 * The hidden fair value a listing's book is centred on: an Ornstein–Uhlenbeck process of the log price that reverts
 * towards the day's base price (time constant 4 h) and stays inside the day's price limits.
 */
final class FairValue {

    private static final double SESSION_SECONDS = 23_400;
    private static final double REVERSION_PER_SECOND = 1.0 / 14_400;

    private final double sigmaPerSqrtSecond;
    private double logValue;

    /**
     * Creates the process.
     *
     * @param dailyVolatility standard deviation of the log price over one 6.5 h session; 0 never moves
     * @param start the starting value
     */
    FairValue(double dailyVolatility, long start) {
        this.sigmaPerSqrtSecond = dailyVolatility / Math.sqrt(SESSION_SECONDS);
        this.logValue = Math.log(start);
    }

    /** Moves the value over {@code seconds} of trading time (exact OU transition, any step length). */
    void evolve(double seconds, DayTape day, SplittableRandom rng) {
        evolve(seconds, day, rng, 1.0);
    }

    /**
     * Moves the value over {@code seconds} of trading time with the volatility multiplied by {@code scale} (a
     * VOLATILITY surge; 1 for none).
     */
    void evolve(double seconds, DayTape day, SplittableRandom rng, double scale) {
        double sigma = sigmaPerSqrtSecond * scale;
        if (seconds <= 0 || sigma == 0) {
            return;
        }
        double anchor = Math.log(day.base);
        double decay = Math.exp(-REVERSION_PER_SECOND * seconds);
        double variance =
                sigma * sigma * (1 - Math.exp(-2 * REVERSION_PER_SECOND * seconds)) / (2 * REVERSION_PER_SECOND);
        logValue = anchor + (logValue - anchor) * decay + Math.sqrt(variance) * rng.nextGaussian();
        clampTo(day);
    }

    /** Keeps the value inside the day's limits (a new day has new limits). */
    void clampTo(DayTape day) {
        logValue = Math.max(Math.log(day.lower), Math.min(Math.log(day.upper), logValue));
    }

    double value() {
        return Math.exp(logValue);
    }

    /** Returns where the best bid belongs: the grid price at or below the value, leaving room for an ask. */
    long bestBid(DayTape day) {
        long floor = KrxTickGrid.floor(Math.max(day.lower, (long) value()));
        return Math.max(day.lower, Math.min(KrxTickGrid.down(day.upper), floor));
    }
}
