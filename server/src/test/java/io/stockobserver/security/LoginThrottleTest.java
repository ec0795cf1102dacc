package io.stockobserver.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Failed logins back off per name at an address and per address, never per name alone. */
class LoginThrottleTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-07-24T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void advance(Duration d) {
        now.set(now.get().plus(d));
    }

    @Test
    void shouldLetFiveFailuresThroughThenDoubleTheWaitPerFurtherFailure() {
        for (int i = 0; i < LoginThrottle.USER_AT_ADDRESS_FREE; i++) {
            assertThat(throttle.waitFor("operator", "10.0.0.9")).isEmpty();
            assertThat(throttle.failed("operator", "10.0.0.9")).isZero();
        }
        assertThat(throttle.failed("operator", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        // during the wait every attempt is refused unchecked — the right password too — and does not lengthen it
        for (int i = 0; i < 700; i++) {
            assertThat(throttle.waitFor("operator", "10.0.0.9")).isPresent();
        }
        assertThat(throttle.refused()).isEqualTo(700);
        advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("operator", "10.0.0.9")).isEmpty();
        assertThat(throttle.failed("operator", "10.0.0.9")).isEqualTo(Duration.ofSeconds(2));
        advance(Duration.ofSeconds(2));
        assertThat(throttle.failed("operator", "10.0.0.9")).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.failures()).isEqualTo(8);
    }

    @Test
    void shouldCapTheWaitAtFiveMinutes() {
        Duration last = Duration.ZERO;
        for (int i = 0; i < 40; i++) {
            last = throttle.failed("operator", "10.0.0.9");
            advance(last);
        }
        assertThat(last).isEqualTo(LoginThrottle.MAX_WAIT);
    }

    @Test
    void shouldNotLockTheNameOutFromAnotherAddressNorAnotherNameFromTheSameAddressEarly() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("operator", "10.0.0.9");
        }
        assertThat(throttle.waitFor("operator", "10.0.0.9")).isPresent();
        assertThat(throttle.waitFor("operator", "192.168.1.5")).isEmpty(); // the operator's own desk
        assertThat(throttle.waitFor("backup", "10.0.0.9")).isEmpty();
    }

    @Test
    void shouldThrottleAnAddressSprayingManyNames() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE; i++) {
            assertThat(throttle.failed("user" + (i % 4), "10.0.0.9")).isZero(); // 5 each: within the free failures
        }
        assertThat(throttle.failed("user9", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("anyone", "10.0.0.9")).isPresent();
        assertThat(throttle.waitFor("anyone", "10.0.0.10")).isEmpty();
    }

    @Test
    void shouldStartAfreshAfterASuccessOrFifteenQuietMinutes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("operator", "10.0.0.9");
        }
        throttle.succeeded("operator", "10.0.0.9");
        assertThat(throttle.failed("operator", "10.0.0.9")).isZero();
        for (int i = 0; i < 4; i++) {
            throttle.failed("operator", "10.0.0.9");
        }
        advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(throttle.failed("operator", "10.0.0.9")).isZero();
    }

    @Test
    void shouldKeepABoundedNumberOfKeys() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS * 2; i++) {
            throttle.failed("u", "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertThat(throttle.keys()).isLessThanOrEqualTo(LoginThrottle.MAX_KEYS);
    }
}
