package io.stockobserver.sandbox.market;

/** Derives independent, reproducible random seeds from the model seed. */
final class Seeds {

    private Seeds() {}

    /** Returns a well-mixed seed for one listing, so its simulation does not depend on other listings. */
    static long forSymbol(long seed, String code) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (int i = 0; i < code.length(); i++) {
            h = mix(h * 31 + code.charAt(i));
        }
        return h;
    }

    /** SplitMix64 finaliser. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
