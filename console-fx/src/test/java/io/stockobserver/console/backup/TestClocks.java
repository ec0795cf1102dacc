package io.stockobserver.console.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/** Clocks the tests move by hand. */
final class TestClocks {
    private TestClocks() {}

    /** A wall clock that stands still until {@link #set} or {@link #advance}. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        MutableClock(Instant start, ZoneId zone) {
            this.now = new AtomicReference<>(start);
            this.zone = zone;
        }

        void set(Instant instant) {
            now.set(instant);
        }

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MutableClock(now.get(), other);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    /** Monotonic nanoseconds that move only when told to, or by a fixed step on every reading. */
    static final class FakeNanos implements LongSupplier {
        private final AtomicLong now = new AtomicLong(1_000_000_000L);
        private final long stepPerReading;

        FakeNanos(Duration stepPerReading) {
            this.stepPerReading = stepPerReading.toNanos();
        }

        void advance(Duration d) {
            now.addAndGet(d.toNanos());
        }

        @Override
        public long getAsLong() {
            return now.getAndAdd(stepPerReading);
        }
    }
}
