package io.stockobserver.sandbox;

import io.stockobserver.sandbox.fault.FaultPlan;
import io.stockobserver.sandbox.fault.FaultSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * Fault injection on the REST surface of a running sandbox, for tests of a client's resilience. The same faults can
 * be set over HTTP at {@code /sandbox/faults} (the sandbox's own admin endpoint, not KIS). "Quotation calls" are calls
 * to any quotation endpoint (inquire-price, intstock-multprice, chk-holiday, volume-rank, fluctuation); each injected
 * fault is counted in {@link SandboxStats}.
 *
 * <p>A quotation call takes at most one pending fault of each kind, in this order: a slow response delays it, then a
 * server error fails it, else a rate-limit burst refuses it. Setting a count replaces the count still pending.
 * Thread-safe; every setter returns this object.
 */
public final class SandboxFaults {

    private final FaultPlan plan;

    SandboxFaults(FaultPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /**
     * Makes the next {@code calls} quotation calls answer EGW00201 (rt_cd "1", HTTP {@code rateLimitHttpStatus}),
     * counted in {@link SandboxStats#rateLimitRefusals()} like real refusals and in
     * {@link SandboxStats#injectedRateLimitRefusals()}.
     */
    public SandboxFaults rateLimitBurst(int calls) {
        plan.rateLimitBurst(calls);
        return this;
    }

    /**
     * Makes the next {@code calls} quotation calls fail with HTTP 500 and an HTML error page (no KIS envelope, no
     * msg_cd), as a failing gateway would.
     */
    public SandboxFaults serverErrors(int calls) {
        plan.serverErrors(calls);
        return this;
    }

    /** Holds the next {@code calls} quotation calls for {@code delay} (at most 10 minutes) before answering them. */
    public SandboxFaults slowResponses(int calls, Duration delay) {
        plan.slowResponses(calls, delay);
        return this;
    }

    /** Makes master-file downloads answer HTTP 503 until switched back. */
    public SandboxFaults unavailableMasterFiles(boolean unavailable) {
        plan.unavailableMasterFiles(unavailable);
        return this;
    }

    /** Makes chk-holiday answer HTTP 500 (after the gateway checks) until switched back. */
    public SandboxFaults unavailableHoliday(boolean unavailable) {
        plan.unavailableHoliday(unavailable);
        return this;
    }

    /** Removes every pending fault. */
    public SandboxFaults clear() {
        plan.clear();
        return this;
    }

    /** Returns the faults pending now (counts left, switches). */
    public FaultSettings state() {
        return plan.settings();
    }
}
