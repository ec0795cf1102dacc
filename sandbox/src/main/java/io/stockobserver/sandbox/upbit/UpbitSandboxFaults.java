package io.stockobserver.sandbox.upbit;

import io.stockobserver.sandbox.upbit.rest.RestFaultPlan;
import java.time.Duration;
import java.util.Objects;

/**
 * Fault injection on the REST surface of a running Upbit sandbox. The same faults can be set over HTTP at
 * {@code /sandbox/faults} (the sandbox's own admin resource, not Upbit). "Quotation calls" are calls to any
 * {@code /v1/…} endpoint. A call takes at most one pending fault, in this order: a slow answer delays it, then a
 * server error fails it, else a forced 429 refuses it. Every injected fault is counted in
 * {@link UpbitSandboxStats}. Thread-safe; every setter returns this object.
 */
public final class UpbitSandboxFaults {

    private final RestFaultPlan plan;

    UpbitSandboxFaults(RestFaultPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /**
     * Makes the next {@code calls} quotation calls answer 429 {@code Too many API requests.}, as the real limit does.
     * They do not count towards a 418 block.
     */
    public UpbitSandboxFaults rateLimitBurst(int calls) {
        plan.counts().rateLimitBurst(calls);
        return this;
    }

    /** Makes the next {@code calls} quotation calls fail with HTTP 500 and an HTML page (no JSON). */
    public UpbitSandboxFaults serverErrors(int calls) {
        plan.counts().serverErrors(calls);
        return this;
    }

    /** Holds the next {@code calls} quotation calls for {@code delay} (at most 10 minutes) before answering them. */
    public UpbitSandboxFaults slowResponses(int calls, Duration delay) {
        plan.counts().slowResponses(calls, delay);
        return this;
    }

    /** Answers every quotation call 418 for {@code duration} (at most 1 hour); zero lifts the injected block. */
    public UpbitSandboxFaults block(Duration duration) {
        plan.block(duration);
        return this;
    }

    /** Removes every pending fault and lifts an injected block (blocks earned by flooding stay). */
    public UpbitSandboxFaults clear() {
        plan.clear();
        return this;
    }

    /** Returns how much longer the injected block lasts; zero when none. */
    public Duration blockRemaining() {
        return plan.blockRemaining();
    }
}
