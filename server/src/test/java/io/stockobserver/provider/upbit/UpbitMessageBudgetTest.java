package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UpbitMessageBudgetTest {
    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final UpbitMessageBudget budget = new UpbitMessageBudget(now::get);

    @Test
    void shouldAllowFiveMessagesThenSayHowLongToWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(budget.tryAcquire()).as("message %d", i + 1).isZero();
        }
        now.addAndGet(Duration.ofMillis(100).toNanos());

        assertThat(budget.tryAcquire()).isEqualTo(Duration.ofMillis(1_000));
        now.addAndGet(Duration.ofMillis(1_000).toNanos());
        assertThat(budget.tryAcquire()).isZero();
    }

    @Test
    void shouldNotRecordARefusedMessage() {
        for (int i = 0; i < 5; i++) {
            budget.tryAcquire();
        }
        for (int i = 0; i < 50; i++) {
            assertThat(budget.tryAcquire()).isPositive();
        }
        now.addAndGet(UpbitMessageBudget.SECOND_WINDOW.toNanos());

        assertThat(budget.tryAcquire()).isZero();
    }

    @Test
    void shouldAllowAHundredMessagesAMinute() {
        int granted = 0;
        long start = now.get();
        while (now.get() - start < Duration.ofSeconds(61).toNanos()) {
            if (budget.tryAcquire().isZero()) {
                granted++;
            }
            now.addAndGet(Duration.ofMillis(50).toNanos());
        }

        assertThat(granted).isEqualTo(UpbitMessageBudget.PER_MINUTE);
    }
}
