package io.stockobserver.sandbox;

import io.stockobserver.sandbox.market.Surge;
import io.stockobserver.sandbox.market.SurgeKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A surge to schedule: for {@code duration} from its start, one listing's trade sizes ({@link SurgeKind#VOLUME}),
 * trade arrival rate ({@link SurgeKind#VELOCITY}) or price step sizes ({@link SurgeKind#VOLATILITY}) are multiplied
 * by {@code multiplier}. The start is either a delay — counted from the sandbox's start for
 * {@link SandboxOptions#surges()}, from the call for {@link SandboxSurges#schedule(SandboxSurge)} — or an instant.
 * The same type schedules surges of the Upbit sandbox ({@code UpbitSandboxSurges}), where the symbol is a market.
 * Immutable; the factories check the ranges.
 */
public final class SandboxSurge {

    private final String symbol;
    private final SurgeKind kind;
    private final double multiplier;
    private final Duration duration;
    private final Duration delay;
    private final Instant startInstant;

    private SandboxSurge(
            String symbol, SurgeKind kind, double multiplier, Duration duration, Duration delay, Instant startInstant) {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("a surge needs a symbol");
        }
        this.symbol = symbol.trim();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.multiplier = Surge.checkMultiplier(multiplier);
        this.duration = Surge.checkDuration(duration);
        this.delay = delay;
        this.startInstant = startInstant;
    }

    /**
     * Returns a surge starting {@code delay} after the reference moment (the sandbox's start, or the call).
     *
     * @param delay zero or positive, at most {@link Surge#MAX_DURATION}
     * @param symbol the listing's code: a 6-digit KRX short code (KIS sandbox) or a market such as KRW-BTC (Upbit
     *     sandbox)
     * @param kind what is multiplied
     * @param multiplier the factor, above 0 and at most {@link Surge#MAX_MULTIPLIER}
     * @param duration how long it lasts, above 0 and at most {@link Surge#MAX_DURATION}
     */
    public static SandboxSurge startingIn(
            Duration delay, String symbol, SurgeKind kind, double multiplier, Duration duration) {
        if (delay == null || delay.isNegative() || delay.compareTo(Surge.MAX_DURATION) > 0) {
            throw new IllegalArgumentException("surge delay must be 0.." + Surge.MAX_DURATION + ": " + delay);
        }
        return new SandboxSurge(symbol, kind, multiplier, duration, delay, null);
    }

    /**
     * Returns a surge starting at an instant of the sandbox's clock; a start already past when the surge is scheduled
     * is moved to that moment (the past is never rewritten).
     */
    public static SandboxSurge startingAt(
            Instant start, String symbol, SurgeKind kind, double multiplier, Duration duration) {
        return new SandboxSurge(symbol, kind, multiplier, duration, null, Objects.requireNonNull(start, "start"));
    }

    /** Returns the listing's code (a 6-digit KRX short code, or an Upbit market such as KRW-BTC). */
    public String symbol() {
        return symbol;
    }

    /** Returns what is multiplied. */
    public SurgeKind kind() {
        return kind;
    }

    /** Returns the factor. */
    public double multiplier() {
        return multiplier;
    }

    /** Returns how long the surge lasts. */
    public Duration duration() {
        return duration;
    }

    /** Returns the delay after the reference moment, when the surge was made with {@link #startingIn}. */
    public Optional<Duration> delay() {
        return Optional.ofNullable(delay);
    }

    /** Returns the start, when the surge was made with {@link #startingAt}. */
    public Optional<Instant> startInstant() {
        return Optional.ofNullable(startInstant);
    }

    /** Returns the start for a reference moment: the instant given, or the reference plus the delay. */
    public Instant startFrom(Instant reference) {
        return startInstant != null ? startInstant : reference.plus(delay);
    }

    @Override
    public String toString() {
        return "SandboxSurge[" + symbol + " " + kind + " x" + multiplier + " for " + duration + " from "
                + (startInstant != null ? startInstant.toString() : "+" + delay) + "]";
    }
}
