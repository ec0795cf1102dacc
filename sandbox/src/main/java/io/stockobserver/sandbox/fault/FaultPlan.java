package io.stockobserver.sandbox.fault;

import java.time.Duration;

/**
 * The faults the REST server will inject, consumed call by call. Count faults ("the next N calls") go down by one for
 * each call they hit; switch faults (unavailable master files, unavailable chk-holiday) stay until switched off.
 *
 * <p>Thread-safe: REST worker threads take faults while a test or the admin endpoint sets them.
 */
public final class FaultPlan {

    /** Upper bound of a fault count. */
    public static final int MAX_CALLS = 1_000_000;
    /** Upper bound of the slow-response delay. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(10);

    private int rateLimitBurst;
    private int serverErrors;
    private int slowResponses;
    private Duration slowDelay = Duration.ZERO;
    private boolean unavailableMasterFiles;
    private boolean unavailableHoliday;

    /** Makes the next {@code calls} quotation calls answer EGW00201, replacing any burst still pending. */
    public synchronized void rateLimitBurst(int calls) {
        rateLimitBurst = checkCalls("rateLimitBurst", calls);
    }

    /** Makes the next {@code calls} quotation calls fail with HTTP 500, replacing any still pending. */
    public synchronized void serverErrors(int calls) {
        serverErrors = checkCalls("serverErrors", calls);
    }

    /** Delays the next {@code calls} quotation calls by {@code delay}, replacing any still pending. */
    public synchronized void slowResponses(int calls, Duration delay) {
        checkCalls("slowResponses", calls);
        if (delay == null || delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("slow delay must be 0.." + MAX_DELAY + ": " + delay);
        }
        if (calls > 0 && delay.isZero()) {
            throw new IllegalArgumentException("slow responses need a delay above zero");
        }
        slowResponses = calls;
        slowDelay = delay;
    }

    /** Switches master-file downloads to HTTP 503 (true) or back to normal. */
    public synchronized void unavailableMasterFiles(boolean unavailable) {
        unavailableMasterFiles = unavailable;
    }

    /** Switches chk-holiday to HTTP 500 (true) or back to normal. */
    public synchronized void unavailableHoliday(boolean unavailable) {
        unavailableHoliday = unavailable;
    }

    /** Removes every pending fault. */
    public synchronized void clear() {
        rateLimitBurst = 0;
        serverErrors = 0;
        slowResponses = 0;
        slowDelay = Duration.ZERO;
        unavailableMasterFiles = false;
        unavailableHoliday = false;
    }

    /** Returns the faults pending now. */
    public synchronized FaultSettings settings() {
        return new FaultSettings(
                rateLimitBurst, serverErrors, slowResponses, slowDelay, unavailableMasterFiles, unavailableHoliday);
    }

    /** Takes one slow response if any is pending, returning its delay, or {@link Duration#ZERO}. */
    public synchronized Duration takeSlowResponse() {
        if (slowResponses == 0) {
            return Duration.ZERO;
        }
        slowResponses--;
        return slowDelay;
    }

    /** Takes one server error if any is pending. */
    public synchronized boolean takeServerError() {
        if (serverErrors == 0) {
            return false;
        }
        serverErrors--;
        return true;
    }

    /** Takes one injected rate-limit refusal if any is pending. */
    public synchronized boolean takeRateLimitRefusal() {
        if (rateLimitBurst == 0) {
            return false;
        }
        rateLimitBurst--;
        return true;
    }

    /** Returns whether master-file downloads are switched to HTTP 503. */
    public synchronized boolean masterFilesUnavailable() {
        return unavailableMasterFiles;
    }

    /** Returns whether chk-holiday is switched to HTTP 500. */
    public synchronized boolean holidayUnavailable() {
        return unavailableHoliday;
    }

    private static int checkCalls(String name, int calls) {
        if (calls < 0 || calls > MAX_CALLS) {
            throw new IllegalArgumentException(name + " must be 0.." + MAX_CALLS + ": " + calls);
        }
        return calls;
    }
}
