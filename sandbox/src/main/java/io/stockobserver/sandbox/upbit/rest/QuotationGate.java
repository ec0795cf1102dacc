package io.stockobserver.sandbox.upbit.rest;

import io.stockobserver.sandbox.fault.FaultPlan;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.limit.RefusalEscalation;
import io.stockobserver.sandbox.upbit.limit.SlidingWindowLimiter;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What stands between a client and a quotation endpoint, in this order: the injected faults (a slow answer delays
 * the call, then an HTTP 500 page fails it, else a forced 429 refuses it), the 418 block (injected, or earned by
 * repeated 429s), and the per-IP limit of the endpoint's group (Upbit: 10 per second per group, PROVIDERS_FACTS
 * §1.2). Every answer, refusals included, carries {@code Remaining-Req}.
 *
 * <p>Injected 429s do not count towards a block: the client did not exceed the limit.
 */
final class QuotationGate {

    /** The outcome for one call: either it may proceed (with the header to add) or it is answered here. */
    record Decision(String remainingReq, RestReply refusal) {

        boolean admitted() {
            return refusal == null;
        }
    }

    private final SlidingWindowLimiter limiter;
    private final RefusalEscalation escalation;
    private final RestFaultPlan faults;
    private final UpbitCounters counters;

    QuotationGate(
            SlidingWindowLimiter limiter, RefusalEscalation escalation, RestFaultPlan faults, UpbitCounters counters) {
        this.limiter = limiter;
        this.escalation = escalation;
        this.faults = faults;
        this.counters = counters;
    }

    /** Decides a call of {@code group} from a client address. */
    Decision admit(String client, RateLimitGroup group) {
        counters.quotationRequest(group);
        FaultPlan injected = faults.counts();
        Duration delay = injected.takeSlowResponse();
        if (!delay.isZero()) {
            counters.injectedSlowResponse();
            sleep(delay);
        }
        String exhausted = header(group, 0);
        if (injected.takeServerError()) {
            counters.injectedServerError();
            return new Decision(exhausted, UpbitReplies.failurePage(500, "Internal Server Error"));
        }
        if (injected.takeRateLimitRefusal()) {
            counters.injectedRateLimit();
            counters.rateLimitAnswered(group);
            return new Decision(exhausted, UpbitReplies.tooManyRequests());
        }
        Optional<Duration> blocked = blocked(client);
        if (blocked.isPresent()) {
            counters.blockedAnswer();
            return new Decision(exhausted, UpbitReplies.blocked(seconds(blocked.get())));
        }
        int remaining = limiter.tryAdmit(client + " " + group.wireName());
        if (remaining == SlidingWindowLimiter.REFUSED) {
            counters.rateLimitAnswered(group);
            escalation.refused(client).ifPresent(block -> counters.blockImposed());
            return new Decision(exhausted, UpbitReplies.tooManyRequests());
        }
        return new Decision(header(group, remaining), null);
    }

    private Optional<Duration> blocked(String client) {
        Duration injectedBlock = faults.blockRemaining();
        if (!injectedBlock.isZero()) {
            counters.injectedBlock();
            return Optional.of(injectedBlock);
        }
        return escalation.blocked(client);
    }

    private String header(RateLimitGroup group, int remaining) {
        return RateLimitGroup.remainingReq(group.wireName(), limiter.limit(), remaining);
    }

    /** Rounds up, so a block never reads "0 seconds" while it lasts. */
    private static long seconds(Duration left) {
        return Math.max(1, (left.toMillis() + 999) / 1_000);
    }

    private static void sleep(Duration delay) {
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
