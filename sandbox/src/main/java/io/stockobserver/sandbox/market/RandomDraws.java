package io.stockobserver.sandbox.market;

import java.util.SplittableRandom;

/** Random variates the model needs beyond uniform and Gaussian ones. */
final class RandomDraws {

    private static final double KNUTH_LIMIT = 30.0;

    private RandomDraws() {}

    /** Returns a log-normal variate with the given median and log-scale spread. */
    static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * Math.exp(sigma * rng.nextGaussian());
    }

    /** Returns a uniform variate in [low, high). */
    static double uniform(SplittableRandom rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    /** Returns a Poisson variate; large means use the normal approximation, which is ample for catch-up volume. */
    static long poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > KNUTH_LIMIT) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        long count = 0;
        double product = rng.nextDouble();
        while (product > limit) {
            count++;
            product *= rng.nextDouble();
        }
        return count;
    }

    /** Returns a size of at least one around a median, log-normally spread. */
    static long size(SplittableRandom rng, double median, double sigma) {
        return Math.max(1, Math.round(logNormal(rng, median, sigma)));
    }
}
