package io.stockobserver.provider.upbit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of Upbit's Quotation rate limits (PROVIDERS_FACTS §1.2), shared by every REST caller of one IP:
 *
 * <ul>
 *   <li>a sliding-window budget of {@code requestsPerGroup} calls per {@code rateWindow} for each group;
 *   <li>{@code Remaining-Req: …; sec=0} pauses the group for one second;
 *   <li>429 pauses the group for a back-off that doubles from {@code backoffInitial} to {@code backoffMax}, and the
 *       call is retried up to {@code maxRetries} times;
 *   <li>418 blocks the whole client for the duration the answer gives ({@code Retry-After}, or a number of seconds or
 *       minutes in the body), else {@code blockFallback}; {@link BlockListener#onBlocked} fires once per 418 so the
 *       caller can write gap evidence, and every call during the block fails fast with {@link
 *       UpbitApiException.Kind#BLOCKED} instead of provoking a longer one.
 * </ul>
 *
 * <p>Design note: a caller reserves its grant time under the group's lock and sleeps outside it, so callers are
 * served in arrival order and the sleep goes through the injectable {@link Sleeper}. Waits are computed from the
 * injectable {@link Clock}; when that clock steps backwards, a group's grant times move back with it, so the step
 * neither parks the group nor loosens its budget.
 */
public final class UpbitRateLimiter {
    private static final Logger LOG = Logger.getLogger(UpbitRateLimiter.class.getName());
    /** "…60 seconds", "60s", "60초", "10 minutes", "10분": the block duration, if the 418 body carries one. */
    private static final Pattern BODY_DURATION =
            Pattern.compile("(\\d{1,6})\\s*(seconds?|secs?|s|초|minutes?|mins?|분)(?![a-z])", Pattern.CASE_INSENSITIVE);
    /** How long {@code sec=0} pauses a group: a full second, because the venue's second need not start with ours. */
    static final Duration EXHAUSTED_PAUSE = Duration.ofSeconds(1);

    /** How the limiter waits; {@code Thread::sleep} in production, a clock-advancing fake in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Told about every 418, so the caller can write gap evidence for the blocked period. */
    @FunctionalInterface
    public interface BlockListener {
        void onBlocked(UpbitRateGroup group, Duration duration, Instant until);
    }

    /** One HTTP exchange, journaled by the caller before it returns. */
    @FunctionalInterface
    public interface Exchange {
        UpbitHttpAnswer send() throws UpbitApiException, InterruptedException;
    }

    private final Map<UpbitRateGroup, GroupWindow> windows = new EnumMap<>(UpbitRateGroup.class);
    private final Duration window;
    private final int maxRetries;
    private final Duration backoffInitial;
    private final Duration backoffMax;
    private final Duration blockFallback;
    private final BlockListener blockListener;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Object blockLock = new Object();
    private volatile Instant blockedUntil = Instant.EPOCH;

    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong waits = new AtomicLong();
    private final AtomicLong tooManyRequests = new AtomicLong();
    private final AtomicLong blocks = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong refusedWhileBlocked = new AtomicLong();
    private final AtomicLong exhaustedPauses = new AtomicLong();
    private final AtomicLong remainingReqMissing = new AtomicLong();
    private final AtomicLong remainingReqUnreadable = new AtomicLong();

    /** A limiter on the system clock that sleeps the calling thread. */
    public UpbitRateLimiter(UpbitSettings settings, BlockListener blockListener) {
        this(settings, blockListener, Clock.systemUTC(), d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
    }

    public UpbitRateLimiter(UpbitSettings settings, BlockListener blockListener, Clock clock, Sleeper sleeper) {
        this.window = settings.rateWindow();
        this.maxRetries = settings.maxRetries();
        this.backoffInitial = settings.backoffInitial();
        this.backoffMax = settings.backoffMax();
        this.blockFallback = settings.blockFallback();
        this.blockListener = blockListener;
        this.clock = clock;
        this.sleeper = sleeper;
        Instant longAgo = clock.instant().minus(window).minusSeconds(1);
        for (UpbitRateGroup g : UpbitRateGroup.values()) {
            windows.put(g, new GroupWindow(settings.requestsPerGroup(), longAgo));
        }
    }

    /**
     * Runs one call of {@code group} within the limits: waits for the budget, sends, reads {@code Remaining-Req},
     * retries 429 answers after the back-off and turns a 418 into a block. Returns any other answer, whatever its
     * status (5xx and 4xx are the caller's to judge).
     *
     * @throws UpbitApiException {@link UpbitApiException.Kind#BLOCKED} during a block or on a 418, {@link
     *     UpbitApiException.Kind#RATE_LIMITED} when 429 persists after every retry, or whatever {@code exchange} throws
     */
    public UpbitHttpAnswer execute(UpbitRateGroup group, Exchange exchange)
            throws UpbitApiException, InterruptedException {
        for (int retry = 0; ; retry++) {
            acquire(group);
            calls.incrementAndGet();
            UpbitHttpAnswer answer = exchange.send();
            observeRemaining(group, answer.remainingReq());
            if (answer.status() == 418) {
                throw block(group, answer);
            }
            if (answer.status() != 429) {
                return answer;
            }
            tooManyRequests.incrementAndGet();
            Optional<UpbitErrorBody> error = UpbitErrorBody.parse(answer.body());
            if (retry >= maxRetries) {
                throw new UpbitApiException(
                        UpbitApiException.Kind.RATE_LIMITED,
                        group,
                        429,
                        error.map(UpbitErrorBody::name).orElse("HTTP_429"),
                        error.map(UpbitErrorBody::message).orElse(UpbitApiException.excerpt(answer.body())));
            }
            retries.incrementAndGet();
            windows.get(group).pauseUntil(clock.instant().plus(backoff(retry)));
        }
    }

    /** The back-off before retry number {@code retry} (0-based): initial × 2^retry, at most the maximum. */
    Duration backoff(int retry) {
        Duration d = backoffInitial;
        for (int i = 0; i < retry && d.compareTo(backoffMax) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return min(d, backoffMax);
    }

    /** True while a 418 block lasts. */
    public boolean isBlocked() {
        return clock.instant().isBefore(blockedUntil);
    }

    /** When the latest block ends (the epoch when there never was one). */
    public Instant blockedUntil() {
        return blockedUntil;
    }

    private void acquire(UpbitRateGroup group) throws UpbitApiException, InterruptedException {
        failIfBlocked(group);
        Instant now = clock.instant();
        Instant grant = windows.get(group).reserve(now, window);
        Duration wait = Duration.between(now, grant);
        if (!wait.isZero() && !wait.isNegative()) {
            waits.incrementAndGet();
            sleeper.sleep(wait);
            failIfBlocked(group); // a block that began while this caller slept applies to it too
        }
    }

    private void failIfBlocked(UpbitRateGroup group) throws UpbitApiException {
        Instant until = blockedUntil;
        if (clock.instant().isBefore(until)) {
            refusedWhileBlocked.incrementAndGet();
            throw new UpbitApiException(
                    UpbitApiException.Kind.BLOCKED,
                    group,
                    -1,
                    "CLIENT_BLOCKED",
                    "refused locally during a 418 block",
                    until);
        }
    }

    private void observeRemaining(UpbitRateGroup group, String header) {
        if (header == null) {
            remainingReqMissing.incrementAndGet();
            return;
        }
        Optional<RemainingReq> parsed = RemainingReq.parse(header);
        if (parsed.isEmpty()) {
            remainingReqUnreadable.incrementAndGet();
            LOG.fine(() -> "unreadable Remaining-Req: " + UpbitApiException.excerpt(header));
            return;
        }
        RemainingReq r = parsed.get();
        if (r.exhausted()) {
            exhaustedPauses.incrementAndGet();
            UpbitRateGroup paused = UpbitRateGroup.fromWire(r.group()).orElse(group);
            windows.get(paused).pauseUntil(clock.instant().plus(EXHAUSTED_PAUSE));
        }
    }

    private UpbitApiException block(UpbitRateGroup group, UpbitHttpAnswer answer) {
        blocks.incrementAndGet();
        Duration duration = blockDuration(answer).orElse(blockFallback);
        Instant until = clock.instant().plus(duration);
        synchronized (blockLock) {
            if (until.isAfter(blockedUntil)) {
                blockedUntil = until;
            }
        }
        LOG.warning(() ->
                "Upbit answered 418 on " + group.wireName() + ": client blocked for " + duration + " until " + until);
        try {
            blockListener.onBlocked(group, duration, until);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the 418 block listener failed; the block stands", e);
        }
        Optional<UpbitErrorBody> error = UpbitErrorBody.parse(answer.body());
        return new UpbitApiException(
                UpbitApiException.Kind.BLOCKED,
                group,
                418,
                error.map(UpbitErrorBody::name).orElse("HTTP_418"),
                error.map(UpbitErrorBody::message).orElse(UpbitApiException.excerpt(answer.body())),
                until);
    }

    /** {@code Retry-After} in seconds, else the first number of seconds or minutes in the body; empty when none. */
    static Optional<Duration> blockDuration(UpbitHttpAnswer answer) {
        String retryAfter = answer.retryAfter();
        if (retryAfter != null && retryAfter.trim().matches("[0-9]{1,6}")) {
            long s = Long.parseLong(retryAfter.trim());
            if (s > 0) {
                return Optional.of(Duration.ofSeconds(s));
            }
        }
        if (answer.body() == null) {
            return Optional.empty();
        }
        Matcher m = BODY_DURATION.matcher(answer.body());
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            if (n > 0) {
                boolean minutes = m.group(2).toLowerCase(Locale.ROOT).startsWith("m")
                        || m.group(2).equals("분");
                return Optional.of(minutes ? Duration.ofMinutes(n) : Duration.ofSeconds(n));
            }
        }
        return Optional.empty();
    }

    /** HTTP requests sent, retries included (calls refused locally during a block are not sent). */
    public long calls() {
        return calls.get();
    }

    /** How often a caller had to wait for the budget, a {@code sec=0} pause or a 429 back-off. */
    public long waits() {
        return waits.get();
    }

    /** 429 answers received. */
    public long tooManyRequests() {
        return tooManyRequests.get();
    }

    /** 418 answers received. */
    public long blocks() {
        return blocks.get();
    }

    /** 429 answers that were retried. */
    public long retries() {
        return retries.get();
    }

    /** Calls refused without sending because a block lasted. */
    public long refusedWhileBlocked() {
        return refusedWhileBlocked.get();
    }

    /** Answers with {@code sec=0}, each pausing its group. */
    public long exhaustedPauses() {
        return exhaustedPauses.get();
    }

    /** Answers without a {@code Remaining-Req} header. */
    public long remainingReqMissing() {
        return remainingReqMissing.get();
    }

    /** Answers whose {@code Remaining-Req} header was not in the documented shape. */
    public long remainingReqUnreadable() {
        return remainingReqUnreadable.get();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The grant times of one group (a ring of the last N) and its pause. */
    private static final class GroupWindow {
        private final Instant[] grants;
        private int next;
        private Instant pausedUntil = Instant.EPOCH;
        private Instant lastNow;

        GroupWindow(int permits, Instant longAgo) {
            grants = new Instant[permits];
            Arrays.fill(grants, longAgo);
            lastNow = longAgo;
        }

        /** Reserves the earliest instant at or after {@code now} a call may go. */
        synchronized Instant reserve(Instant now, Duration window) {
            if (now.isBefore(lastNow)) {
                Duration step = Duration.between(now, lastNow);
                for (int i = 0; i < grants.length; i++) {
                    grants[i] = grants[i].minus(step);
                }
                pausedUntil = pausedUntil.minus(step);
            }
            lastNow = now;
            Instant grant = now;
            Instant freed = grants[next].plus(window);
            if (freed.isAfter(grant)) {
                grant = freed;
            }
            if (pausedUntil.isAfter(grant)) {
                grant = pausedUntil;
            }
            grants[next] = grant;
            next = (next + 1) % grants.length;
            return grant;
        }

        synchronized void pauseUntil(Instant until) {
            if (until.isAfter(pausedUntil)) {
                pausedUntil = until;
            }
        }
    }
}
