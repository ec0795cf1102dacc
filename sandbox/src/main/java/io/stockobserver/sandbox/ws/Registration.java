package io.stockobserver.sandbox.ws;

import java.util.Objects;

/**
 * One (tr_id, tr_key) registration; KIS counts these against the per-session limit across all TRs (facts §7).
 *
 * @param trId the TR, e.g. H0STCNT0
 * @param trKey the key, e.g. 005930
 */
record Registration(String trId, String trKey) {

    Registration {
        Objects.requireNonNull(trId, "trId");
        Objects.requireNonNull(trKey, "trKey");
    }
}
