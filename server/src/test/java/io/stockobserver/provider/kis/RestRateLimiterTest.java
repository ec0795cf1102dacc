package io.stockobserver.provider.kis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RestRateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RestRateLimiter limiter = new RestRateLimiter(18, Duration.ofSeconds(1), now::get);

    @Test
    void shouldGrantTheLimitThenRefuseWithinTheSameSecond() {
        for (int i = 0; i < 18; i++) {
            assertThat(limiter.tryAcquire()).as("call %d", i + 1).isTrue();
        }
        assertThat(limiter.tryAcquire()).isFalse();
    }

    @Test
    void shouldNeverAllowMoreThanTheLimitInAnySlidingWindow() {
        long[] grants = new long[2_000];
        int n = 0;
        for (long t = 0; t < 5_000; t++) { // 5 s in 1 ms steps, trying every millisecond
            now.set(1_000_000_000L + t * 1_000_000L);
            if (limiter.tryAcquire()) {
                grants[n++] = t;
            }
        }
        for (int i = 18; i < n; i++) {
            assertThat(grants[i] - grants[i - 18])
                    .as("19 grants within one second")
                    .isGreaterThanOrEqualTo(1_000);
        }
        assertThat(n).isBetween(85, 90); // ~18 per second over 5 s: the limiter does not starve either
    }

    @Test
    void shouldFreeAPermitExactlyOneWindowAfterTheOldestGrant() {
        for (int i = 0; i < 18; i++) {
            limiter.tryAcquire();
        }
        now.addAndGet(999_999_999L);
        assertThat(limiter.tryAcquire()).isFalse();
        now.addAndGet(1L);
        assertThat(limiter.tryAcquire()).isTrue();
    }

    @Test
    void shouldBlockAcquireUntilAPermitIsFree() throws Exception {
        RestRateLimiter real = new RestRateLimiter(2, Duration.ofMillis(200));
        long start = System.nanoTime();
        real.acquire();
        real.acquire();
        real.acquire();
        assertThat(System.nanoTime() - start)
                .isGreaterThanOrEqualTo(Duration.ofMillis(190).toNanos());
        assertThat(real.waits()).isPositive();
    }
}
