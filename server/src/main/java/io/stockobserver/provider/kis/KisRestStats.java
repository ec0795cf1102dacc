package io.stockobserver.provider.kis;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of the REST client, read by the metrics layer (every retry and failure is visible). */
public final class KisRestStats {
    final AtomicLong calls = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong rateLimitHits = new AtomicLong();
    final AtomicLong expiredTokenHits = new AtomicLong();
    final AtomicLong failures = new AtomicLong();

    /** HTTP requests sent, retries included. */
    public long calls() {
        return calls.get();
    }

    public long retries() {
        return retries.get();
    }

    /** EGW00201 answers received. */
    public long rateLimitHits() {
        return rateLimitHits.get();
    }

    /** EGW00123 answers received. */
    public long expiredTokenHits() {
        return expiredTokenHits.get();
    }

    /** Calls that failed after all retries. */
    public long failures() {
        return failures.get();
    }
}
