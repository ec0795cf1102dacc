package io.stockobserver.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallRateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final CallRateLimiter limiter = new CallRateLimiter(18, nanos::get);

    @Test
    void shouldAdmitEighteenCallsAndRefuseTheNineteenthInOneSecond() {
        for (int call = 1; call <= 18; call++) {
            assertThat(limiter.tryAcquire("A")).as("call %d", call).isTrue();
            nanos.addAndGet(10_000_000L);
        }
        assertThat(limiter.tryAcquire("A")).isFalse();
        assertThat(limiter.tryAcquire("B")).as("limits are per appkey").isTrue();
    }

    @Test
    void shouldAdmitAgainOnceTheOldestCallLeavesTheWindow() {
        long first = nanos.get();
        for (int call = 1; call <= 18; call++) {
            limiter.tryAcquire("A");
            nanos.addAndGet(10_000_000L);
        }
        nanos.set(first + 999_999_999L);
        assertThat(limiter.tryAcquire("A")).isFalse();
        nanos.set(first + 1_000_000_000L);
        assertThat(limiter.tryAcquire("A")).isTrue();
        assertThat(limiter.tryAcquire("A"))
                .as("the other 17 are still inside the window")
                .isFalse();
    }

    @Test
    void shouldNotCountRefusedCalls() {
        for (int call = 1; call <= 18; call++) {
            limiter.tryAcquire("A");
        }
        for (int refused = 0; refused < 100; refused++) {
            assertThat(limiter.tryAcquire("A")).isFalse();
        }
        nanos.addAndGet(1_000_000_000L);
        for (int call = 1; call <= 18; call++) {
            assertThat(limiter.tryAcquire("A")).isTrue();
        }
    }
}
