package io.stockobserver.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SupervisedLoopTest {
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final List<Throwable> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private SupervisedLoop loop(String name, Duration period, SupervisedLoop.Body body) {
        return new SupervisedLoop(
                name, period, Duration.ofSeconds(5), Duration.ZERO, body, (l, t, n) -> reported.add(t), clock::get);
    }

    @Test
    void shouldShowWhyAPlainScheduleIsNotEnough() {
        // what the observer did before: the executor cancels a fixed-rate task at its first Error, silently
        AtomicInteger runs = new AtomicInteger();
        ScheduledFuture<?> f = scheduler.scheduleAtFixedRate(
                () -> {
                    runs.incrementAndGet();
                    throw new OutOfMemoryError("Java heap space");
                },
                0,
                10,
                TimeUnit.MILLISECONDS);
        await().atMost(Duration.ofSeconds(10)).until(f::isDone);
        assertThat(runs).hasValue(1);
    }

    @Test
    void shouldKeepItsScheduleThroughErrorsAnInputCanProvoke() {
        AtomicInteger runs = new AtomicInteger();
        SupervisedLoop loop = loop("scalp-sampler", Duration.ofMillis(10), () -> {
            switch (runs.incrementAndGet() % 4) {
                case 1 -> throw new OutOfMemoryError("Java heap space");
                case 2 -> throw new NegativeArraySizeException("-2147483647");
                case 3 -> throw new StackOverflowError();
                default -> {}
            }
        });
        loop.attach(scheduler.scheduleAtFixedRate(loop, 0, 10, TimeUnit.MILLISECONDS));
        await().atMost(Duration.ofSeconds(10)).until(() -> loop.runs() >= 12);
        assertThat(loop.failures()).isGreaterThanOrEqualTo(9);
        assertThat(reported)
                .hasAtLeastOneElementOfType(OutOfMemoryError.class)
                .hasAtLeastOneElementOfType(NegativeArraySizeException.class)
                .hasAtLeastOneElementOfType(StackOverflowError.class);
        assertThat(loop.lastFailure()).isNotBlank();
        assertThat(loop.health(clock.get())).isIn(LoopHealth.OK, LoopHealth.FAILING);
    }

    @Test
    void shouldCountAsFailingAfterThreeFailedRunsInARowAndRecoverOnASuccess() {
        AtomicInteger mode = new AtomicInteger(1);
        SupervisedLoop loop = loop("disk-guard", Duration.ofSeconds(1), () -> {
            if (mode.get() == 1) {
                throw new IllegalStateException("disk gone");
            }
        });
        loop.run();
        loop.run();
        assertThat(loop.health(clock.get())).isEqualTo(LoopHealth.OK);
        loop.run();
        assertThat(loop.health(clock.get())).isEqualTo(LoopHealth.FAILING);
        assertThat(loop.consecutiveFailures()).isEqualTo(3);
        mode.set(0);
        loop.run();
        assertThat(loop.health(clock.get())).isEqualTo(LoopHealth.OK);
    }

    @Test
    void shouldBeStoppedWhenItsScheduleEndsWithoutItsOwnerAndEndedWhenTheOwnerStopsIt() {
        SupervisedLoop loop = loop("slot-decisions", Duration.ofSeconds(1), () -> {});
        ScheduledFuture<?> f = scheduler.scheduleAtFixedRate(loop, 0, 1, TimeUnit.SECONDS);
        loop.attach(f);
        assertThat(loop.health(clock.get())).isEqualTo(LoopHealth.OK);
        f.cancel(false); // someone else ended it (an executor shut down, a stray cancel)
        assertThat(loop.health(clock.get())).isEqualTo(LoopHealth.STOPPED);
        assertThat(LoopHealth.STOPPED.dead()).isTrue();

        SupervisedLoop owned = loop("metrics-refresh", Duration.ofSeconds(1), () -> {});
        owned.attach(scheduler.scheduleAtFixedRate(owned, 0, 1, TimeUnit.SECONDS));
        owned.end();
        assertThat(owned.health(clock.get())).isEqualTo(LoopHealth.ENDED);
        assertThat(LoopHealth.ENDED.problem()).isFalse();
    }

    @Test
    void shouldBeStuckWhenOneRunOutlastsItsMaximumAndLateWhenNoRunComes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SupervisedLoop loop = loop("swing-cycles", Duration.ofSeconds(1), () -> {
            entered.countDown();
            release.await();
        });
        Thread t = new Thread(loop);
        t.start();
        entered.await();
        clock.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(loop.health(clock.get())).isEqualTo(LoopHealth.OK);
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(loop.health(clock.get())).isEqualTo(LoopHealth.STUCK);
        release.countDown();
        t.join();
        assertThat(loop.health(clock.get())).isEqualTo(LoopHealth.OK);
        // no run for 3 periods and the grace: the schedule is alive but nothing happens
        clock.addAndGet(Duration.ofSeconds(3).plus(SupervisedLoop.LATE_GRACE).toNanos());
        assertThat(loop.health(clock.get())).isEqualTo(LoopHealth.LATE);
        loop.run();
        assertThat(loop.health(clock.get())).isEqualTo(LoopHealth.OK);
    }

    @Test
    void shouldReportEachHealthChangeOnceThroughTheRegistry() {
        LoopRegistry registry = new LoopRegistry();
        AtomicInteger mode = new AtomicInteger(1);
        SupervisedLoop loop = registry.register(loop("anomaly-judge", Duration.ofSeconds(1), () -> {
            if (mode.get() == 1) {
                throw new IllegalStateException("x");
            }
        }));
        List<LoopRegistry.Transition> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            loop.run();
            seen.addAll(registry.transitions(clock.get()));
        }
        mode.set(0);
        loop.run();
        seen.addAll(registry.transitions(clock.get()));
        assertThat(seen)
                .extracting(LoopRegistry.Transition::from, LoopRegistry.Transition::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LoopHealth.OK, LoopHealth.FAILING),
                        org.assertj.core.groups.Tuple.tuple(LoopHealth.FAILING, LoopHealth.OK));
        assertThat(registry.health(clock.get())).containsEntry("anomaly-judge", LoopHealth.OK);
    }

    @Test
    void shouldRefuseNamesThatAreNotStableWords() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loop("Scalp Sampler", Duration.ofSeconds(1), () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
