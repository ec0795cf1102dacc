package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limiter on a fake clock: every wait is a recorded, clock-advancing sleep. */
class UpbitRateLimiterTest {
    private static final Instant T0 = Instant.parse("2026-07-24T01:00:00.250Z");
    private static final String OK_HEADER = "group=ticker; min=1800; sec=9";

    private final FakeClock clock = new FakeClock(T0);
    private final List<String> blocks = new ArrayList<>();
    private final UpbitSettings settings =
            UpbitSettings.withDefaults(URI.create("http://127.0.0.1:1"), URI.create("ws://127.0.0.1:1"));
    private final UpbitRateLimiter limiter = new UpbitRateLimiter(
            settings,
            (group, duration, until) -> blocks.add(group + " " + duration + " " + until),
            clock,
            clock.sleeper());
    private final List<Instant> sent = new ArrayList<>();

    private UpbitHttpAnswer answer(int status, String remainingReq, String retryAfter, String body) {
        return new UpbitHttpAnswer(status, remainingReq, retryAfter, body, clock.instant(), 0, null);
    }

    /** An exchange that records its send time and plays {@code answers} in order, then 200s. */
    private UpbitRateLimiter.Exchange script(UpbitHttpAnswer... answers) {
        Deque<UpbitHttpAnswer> queue = new ArrayDeque<>(List.of(answers));
        return () -> {
            sent.add(clock.instant());
            UpbitHttpAnswer next = queue.poll();
            return next != null ? next : answer(200, OK_HEADER, null, "[]");
        };
    }

    @Test
    void shouldGrantTheBudgetAtOnceAndMakeTheNextCallWaitOneWindow() throws Exception {
        UpbitRateLimiter.Exchange ok = script();
        for (int i = 0; i < 10; i++) {
            limiter.execute(UpbitRateGroup.TICKER, ok);
        }
        assertThat(clock.sleeps).isEmpty();

        limiter.execute(UpbitRateGroup.TICKER, ok);

        assertThat(clock.sleeps).containsExactly(settings.rateWindow());
        assertThat(sent.get(10)).isEqualTo(T0.plus(settings.rateWindow()));
        assertThat(limiter.waits()).isEqualTo(1);
        assertThat(limiter.calls()).isEqualTo(11);
    }

    @Test
    void shouldKeepEachGroupsBudgetApart() throws Exception {
        UpbitRateLimiter.Exchange ok = script();
        for (int i = 0; i < 10; i++) {
            limiter.execute(UpbitRateGroup.TICKER, ok);
            limiter.execute(UpbitRateGroup.MARKET, ok);
            limiter.execute(UpbitRateGroup.CANDLE, ok);
        }

        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void shouldNeverSendMoreThanTheBudgetInAnySlidingWindow() throws Exception {
        UpbitRateLimiter.Exchange ok = script();
        for (int i = 0; i < 95; i++) {
            clock.advance(Duration.ofMillis(i % 7 * 13)); // callers arrive unevenly
            limiter.execute(UpbitRateGroup.ORDERBOOK, ok);
        }

        for (int i = 10; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i - 10), sent.get(i)))
                    .as("11 calls within one window")
                    .isGreaterThanOrEqualTo(settings.rateWindow());
        }
    }

    @Test
    void shouldPauseTheGroupOneSecondWhenTheVenueSaysSecZero() throws Exception {
        limiter.execute(UpbitRateGroup.TICKER, script(answer(200, "group=ticker; min=1800; sec=0", null, "[]")));

        limiter.execute(UpbitRateGroup.TICKER, script());
        limiter.execute(UpbitRateGroup.MARKET, script());

        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(1));
        assertThat(sent).containsExactly(T0, T0.plusSeconds(1), T0.plusSeconds(1));
        assertThat(limiter.exhaustedPauses()).isEqualTo(1);
    }

    @Test
    void shouldPauseTheGroupTheHeaderNames() throws Exception {
        limiter.execute(UpbitRateGroup.TICKER, script(answer(200, "group=market; min=1800; sec=0", null, "[]")));

        limiter.execute(UpbitRateGroup.TICKER, script());
        assertThat(clock.sleeps).isEmpty();
        limiter.execute(UpbitRateGroup.MARKET, script());
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void shouldCountMissingAndGarbledHeadersAndCarryOn() throws Exception {
        limiter.execute(UpbitRateGroup.TICKER, script(answer(200, null, null, "[]")));
        limiter.execute(UpbitRateGroup.TICKER, script(answer(200, "sec=0", null, "[]")));

        assertThat(limiter.remainingReqMissing()).isEqualTo(1);
        assertThat(limiter.remainingReqUnreadable()).isEqualTo(1);
        assertThat(limiter.exhaustedPauses()).isZero();
    }

    @Test
    void shouldBackOffExponentiallyAndRetryA429() throws Exception {
        UpbitHttpAnswer tooMany = answer(429, OK_HEADER, null, "Too many API requests.");

        UpbitHttpAnswer a = limiter.execute(UpbitRateGroup.TICKER, script(tooMany, tooMany));

        assertThat(a.status()).isEqualTo(200);
        assertThat(clock.sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(limiter.tooManyRequests()).isEqualTo(2);
        assertThat(limiter.retries()).isEqualTo(2);
        assertThat(limiter.calls()).isEqualTo(3);
    }

    @Test
    void shouldGiveUpAfterMaxRetriesWithTheBackOffCapped() {
        UpbitSettings s = new UpbitSettings(
                settings.restUrl(),
                settings.wsUrl(),
                10,
                settings.rateWindow(),
                100,
                settings.httpTimeout(),
                3,
                Duration.ofMillis(200),
                Duration.ofMillis(500),
                Duration.ofSeconds(60),
                Duration.ofSeconds(30),
                Duration.ofSeconds(90));
        UpbitRateLimiter capped = new UpbitRateLimiter(s, (g, d, u) -> {}, clock, clock.sleeper());
        UpbitHttpAnswer tooMany =
                answer(429, OK_HEADER, null, "{\"error\":{\"name\":\"too_many_requests\",\"message\":\"slow\"}}");

        assertThatThrownBy(() -> capped.execute(UpbitRateGroup.CANDLE, script(tooMany, tooMany, tooMany, tooMany)))
                .isInstanceOfSatisfying(UpbitApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.RATE_LIMITED);
                    assertThat(e.httpStatus()).isEqualTo(429);
                    assertThat(e.name()).isEqualTo("too_many_requests");
                    assertThat(e.group()).isEqualTo(UpbitRateGroup.CANDLE);
                });
        assertThat(clock.sleeps)
                .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(500));
        assertThat(sent).hasSize(4);
        assertThat(capped.backoff(10)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void shouldMakeOtherCallersOfTheGroupWaitOutA429BackOff() throws Exception {
        UpbitRateLimiter[] ref = new UpbitRateLimiter[1];
        boolean[] otherCallerRan = {false};
        UpbitRateLimiter.Sleeper sleeper = d -> {
            clock.sleeps.add(d);
            if (!otherCallerRan[0]) { // another caller of the group arrives while the first one backs off
                otherCallerRan[0] = true;
                try {
                    ref[0].execute(UpbitRateGroup.TICKER, script());
                } catch (UpbitApiException e) {
                    throw new AssertionError("the other caller was refused", e);
                }
                return; // it waited out the same back-off, so the clock is already where the first caller wakes
            }
            clock.advance(d);
        };
        ref[0] = new UpbitRateLimiter(settings, (g, d, u) -> {}, clock, sleeper);

        ref[0].execute(UpbitRateGroup.TICKER, script(answer(429, OK_HEADER, null, "Too many API requests.")));

        assertThat(clock.sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(200));
        assertThat(sent).containsExactly(T0, T0.plusMillis(200), T0.plusMillis(200));
    }

    @Test
    void shouldBlockTheWholeClientOn418ForTheFallbackAndFailFastMeanwhile() throws Exception {
        assertThatThrownBy(() -> limiter.execute(UpbitRateGroup.TICKER, script(answer(418, OK_HEADER, null, ""))))
                .isInstanceOfSatisfying(UpbitApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.BLOCKED);
                    assertThat(e.httpStatus()).isEqualTo(418);
                    assertThat(e.blockedUntil()).isEqualTo(T0.plusSeconds(60));
                });
        assertThat(blocks).containsExactly("TICKER PT1M " + T0.plusSeconds(60));
        assertThat(limiter.isBlocked()).isTrue();

        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> limiter.execute(UpbitRateGroup.MARKET, script()))
                .isInstanceOfSatisfying(UpbitApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.BLOCKED);
                    assertThat(e.httpStatus()).isEqualTo(-1);
                });
        assertThat(sent).hasSize(1);
        assertThat(limiter.refusedWhileBlocked()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.isBlocked()).isFalse();
        assertThat(limiter.execute(UpbitRateGroup.MARKET, script()).status()).isEqualTo(200);
        assertThat(limiter.blocks()).isEqualTo(1);
    }

    @Test
    void shouldTakeTheBlockDurationFromTheAnswerWhenItSaysOne() {
        assertThat(UpbitRateLimiter.blockDuration(answer(418, null, "30", ""))).contains(Duration.ofSeconds(30));
        assertThat(UpbitRateLimiter.blockDuration(answer(418, null, null, "Blocked for 90 seconds")))
                .contains(Duration.ofSeconds(90));
        assertThat(UpbitRateLimiter.blockDuration(
                        answer(418, null, null, "{\"error\":{\"name\":418,\"message\":\"IP가 120초 동안 차단되었습니다\"}}")))
                .contains(Duration.ofSeconds(120));
        assertThat(UpbitRateLimiter.blockDuration(answer(418, null, null, "{\"blocked\":\"10 min\"}")))
                .contains(Duration.ofMinutes(10));
        assertThat(UpbitRateLimiter.blockDuration(
                        answer(418, null, null, "{\"error\":{\"name\":418,\"message\":\"100ms\"}}")))
                .isEmpty();
        assertThat(UpbitRateLimiter.blockDuration(answer(418, null, "Wed, 21 Oct 2026 07:28:00 GMT", "")))
                .isEmpty();
    }

    @Test
    void shouldUseTheDurationTheAnswerGivesForTheBlock() {
        assertThatThrownBy(
                        () -> limiter.execute(UpbitRateGroup.TRADE, script(answer(418, null, null, "blocked 300 s"))))
                .isInstanceOf(UpbitApiException.class);

        assertThat(blocks).containsExactly("TRADE PT5M " + T0.plusSeconds(300));
        assertThat(limiter.blockedUntil()).isEqualTo(T0.plusSeconds(300));
    }

    @Test
    void shouldRefuseACallWhoseWaitEndsInsideABlockThatBeganMeanwhile() throws Exception {
        UpbitRateLimiter[] ref = new UpbitRateLimiter[1];
        boolean[] blocked = {false};
        UpbitRateLimiter.Sleeper sleeper = d -> {
            clock.advance(d);
            if (!blocked[0]) { // another caller gets a 418 while this one waits for the budget
                blocked[0] = true;
                assertThatThrownBy(() -> ref[0].execute(UpbitRateGroup.MARKET, script(answer(418, null, null, ""))))
                        .isInstanceOf(UpbitApiException.class);
            }
        };
        ref[0] = new UpbitRateLimiter(settings, (g, dur, u) -> {}, clock, sleeper);
        UpbitRateLimiter.Exchange ok = script();
        for (int i = 0; i < 10; i++) {
            ref[0].execute(UpbitRateGroup.TICKER, ok);
        }

        assertThatThrownBy(() -> ref[0].execute(UpbitRateGroup.TICKER, ok))
                .isInstanceOfSatisfying(
                        UpbitApiException.class, e -> assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.BLOCKED));
        assertThat(sent).hasSize(11); // ten grants and the 418; the waiting call never went out
        assertThat(ref[0].refusedWhileBlocked()).isEqualTo(1);
    }

    @Test
    void shouldNotParkAGroupWhenTheClockStepsBack() throws Exception {
        UpbitRateLimiter.Exchange ok = script();
        for (int i = 0; i < 10; i++) {
            limiter.execute(UpbitRateGroup.TICKER, ok);
        }
        clock.set(T0.minus(Duration.ofHours(1)));

        limiter.execute(UpbitRateGroup.TICKER, ok);

        assertThat(clock.sleeps).containsExactly(settings.rateWindow());
    }

    @Test
    void shouldDoubleTheBackOffUpToTheMaximum() {
        assertThat(limiter.backoff(0)).isEqualTo(Duration.ofMillis(200));
        assertThat(limiter.backoff(1)).isEqualTo(Duration.ofMillis(400));
        assertThat(limiter.backoff(4)).isEqualTo(Duration.ofMillis(3200));
        assertThat(limiter.backoff(5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(limiter.backoff(60)).isEqualTo(Duration.ofSeconds(5));
    }
}
