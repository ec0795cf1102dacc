package io.stockobserver.provider;

import java.util.Map;

/** What operators see of the connection to the venue: how it is set up, and its REST counters. */
public interface VenueConnection {
    /**
     * Fields for {@code /api/status} about the venue's environment, e.g. {@code kis_env}, {@code embedded_sandbox} and,
     * for a simulator run, {@code sandbox_rest_url} (loopback only: it lets operators and tests reach its admin).
     */
    Map<String, Object> describe();

    /** The REST counters now (every retry and failure is visible). */
    RestCounters rest();

    /**
     * REST counters of one run.
     *
     * @param calls HTTP requests sent, retries included
     * @param rateLimitHits answers refusing for the venue's rate limit (KIS EGW00201, Upbit 429)
     * @param failures calls that failed after all retries
     * @param limiterWaits times a call waited for the client-side limiter
     * @param credentialsIssued access tokens issued to this run (0 for a venue without them)
     */
    record RestCounters(
            long calls, long retries, long rateLimitHits, long failures, long limiterWaits, long credentialsIssued) {}
}
