package io.stockobserver.scalp.candidate;

import java.time.Instant;

/**
 * One observation of a symbol's day-cumulative counters.
 *
 * @param time when it was observed (venue event time or receive time)
 * @param volume day-cumulative volume in the venue's unit (KIS acml_vol, shares; Upbit acc_trade_volume, coins —
 *     fractional)
 * @param price last price, above 0
 * @param trades day-cumulative trade count (H0STCNT0 SELN_CNTG_CSNU + SHNU_CNTG_CSNU), or -1 when the source does not
 *     carry it (REST)
 */
record ActivitySample(Instant time, double volume, double price, long trades) {
    boolean hasTrades() {
        return trades >= 0;
    }
}
