package io.stockobserver.sandbox.upbit.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldAdmitTheLimitInAWindowCountingDownThenRefuseUntilTheOldestLeaves() {
        AtomicLong now = new AtomicLong(5 * SECOND);
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, SECOND, now::get);

        assertThat(limiter.tryAdmit("ip ticker")).isEqualTo(2);
        now.addAndGet(SECOND / 10);
        assertThat(limiter.tryAdmit("ip ticker")).isEqualTo(1);
        assertThat(limiter.tryAdmit("ip ticker")).isZero();
        assertThat(limiter.tryAdmit("ip ticker")).isEqualTo(SlidingWindowLimiter.REFUSED);
        assertThat(limiter.tryAdmit("ip market")).isEqualTo(2);

        now.addAndGet(SECOND - SECOND / 10);
        assertThat(limiter.tryAdmit("ip ticker")).isZero();
        assertThat(limiter.tryAdmit("ip ticker")).isEqualTo(SlidingWindowLimiter.REFUSED);
    }

    @Test
    void shouldNotLetRefusedEventsUseUpTheWindow() {
        AtomicLong now = new AtomicLong();
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, SECOND, now::get);
        limiter.tryAdmit("k");
        for (int i = 0; i < 5; i++) {
            now.addAndGet(SECOND / 10);
            limiter.tryAdmit("k");
        }

        now.set(SECOND);

        assertThat(limiter.tryAdmit("k")).isZero();
    }

    @Test
    void shouldFormTheRemainingReqHeaderAsUpbitDoes() {
        assertThat(RateLimitGroup.remainingReq("ticker", 10, 9)).isEqualTo("group=ticker; min=600; sec=9");
        assertThat(RateLimitGroup.remainingReq(RateLimitGroup.ORDERBOOK.wireName(), 10, -1))
                .isEqualTo("group=orderbook; min=600; sec=0");
    }
}
