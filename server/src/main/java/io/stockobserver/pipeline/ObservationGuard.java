package io.stockobserver.pipeline;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stage 2 — plausibility: rejects an observation that is valid in form but should not enter the archive: one that
 * repeats a record already written (same track, symbol and partition instant), whose venue time lies more than
 * {@code maxFutureSkew} after its receive time (a venue clock running ahead) or more than {@code maxAge} before it
 * (a previous session's data), or whose price lies outside the day's limit band the venue itself reported. A venue
 * time somewhat in the past is normal: a quiet symbol's last trade can be minutes old.
 */
public final class ObservationGuard {
    private final Duration maxFutureSkew;
    private final Duration maxAge;
    private final ConcurrentHashMap<String, Long> lastPartitionMillis = new ConcurrentHashMap<>();

    public ObservationGuard(Duration maxFutureSkew, Duration maxAge) {
        this.maxFutureSkew = maxFutureSkew;
        this.maxAge = maxAge;
    }

    /** Empty when the observation may be archived. Records the observation as seen when it passes. */
    public Optional<Rejection> check(Observation o) {
        Duration lag = Duration.between(o.eventTime(), o.receiveTime());
        if (lag.negated().compareTo(maxFutureSkew) > 0) {
            return Optional.of(Rejection.guard(
                    "event_time_in_future",
                    "event_time " + o.eventTime() + " is after receive_time " + o.receiveTime()));
        }
        if (lag.compareTo(maxAge) > 0) {
            return Optional.of(Rejection.guard(
                    "event_time_too_old", "event_time " + o.eventTime() + " receive_time " + o.receiveTime()));
        }
        Number last = o.number("last_price");
        Number upper = o.number("upper_limit");
        Number lower = o.number("lower_limit");
        if (upper != null && ObservationValidator.signum(upper) > 0 && ObservationValidator.compare(last, upper) > 0) {
            return Optional.of(Rejection.guard("above_upper_limit", "last_price " + last + " > upper " + upper));
        }
        if (lower != null && ObservationValidator.signum(lower) > 0 && ObservationValidator.compare(last, lower) < 0) {
            return Optional.of(Rejection.guard("below_lower_limit", "last_price " + last + " < lower " + lower));
        }
        String key = o.track().name() + '/' + o.symbol();
        long partition = o.partitionTime().toEpochMilli();
        Long previous = lastPartitionMillis.put(key, partition);
        if (previous != null && previous == partition) {
            return Optional.of(Rejection.guard("duplicate", key + " already recorded for " + o.partitionTime()));
        }
        return Optional.empty();
    }
}
