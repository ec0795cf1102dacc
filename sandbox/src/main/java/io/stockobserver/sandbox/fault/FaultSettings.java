package io.stockobserver.sandbox.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * The REST faults pending at one moment.
 *
 * @param rateLimitBurst the next this many quotation calls are refused with EGW00201
 * @param serverErrors the next this many quotation calls fail with HTTP 500 and a non-KIS body
 * @param slowResponses the next this many quotation calls are answered {@code slowDelay} late
 * @param slowDelay how late a slow response is
 * @param unavailableMasterFiles master-file downloads answer HTTP 503
 * @param unavailableHoliday chk-holiday answers HTTP 500
 */
public record FaultSettings(
        int rateLimitBurst,
        int serverErrors,
        int slowResponses,
        Duration slowDelay,
        boolean unavailableMasterFiles,
        boolean unavailableHoliday) {

    /** No fault at all. */
    public static final FaultSettings NONE = new FaultSettings(0, 0, 0, Duration.ZERO, false, false);

    /** Checks counts are not negative. */
    public FaultSettings {
        Objects.requireNonNull(slowDelay, "slowDelay");
        if (rateLimitBurst < 0 || serverErrors < 0 || slowResponses < 0 || slowDelay.isNegative()) {
            throw new IllegalArgumentException("fault counts and delay must not be negative");
        }
    }
}
