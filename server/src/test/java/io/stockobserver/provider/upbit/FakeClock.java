package io.stockobserver.provider.upbit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves, and a sleeper that moves it instead of sleeping (each sleep recorded). */
final class FakeClock extends Clock {
    private final AtomicReference<Instant> now;
    final List<Duration> sleeps = new ArrayList<>();

    FakeClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    void advance(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    void set(Instant t) {
        now.set(t);
    }

    /** The sleeper of {@link UpbitRateLimiter}: records the wait and advances the clock by it. */
    UpbitRateLimiter.Sleeper sleeper() {
        return d -> {
            sleeps.add(d);
            advance(d);
        };
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a UTC test clock");
    }
}
