package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.OrderBookSnapshot;

/**
 * Writes one H0STASP0 record: the 59 documented fields (KIS facts §6.2), or 62 with the three trailing fields seen
 * in 2026 captures. Expected-execution fields (ANTC_*) are zero outside auctions; STCK_DEAL_CLS_CODE ("사용 X") is
 * "0". The 62-field layout appends the midpoint of ASKP1 and BIDP1 (".5" when the two differ by an odd amount),
 * the size resting at the midpoint (always 0: the book is one tick wide) and a class code "0" — the last two are the
 * sandbox's guesses at undocumented fields.
 */
final class OrderBookRecordEncoder {

    /** The documented layout. */
    static final int DOCUMENTED_FIELDS = 59;
    /** The layout observed in 2026. */
    static final int OBSERVED_FIELDS = 62;

    private final int fieldCount;

    OrderBookRecordEncoder(int fieldCount) {
        if (fieldCount != DOCUMENTED_FIELDS && fieldCount != OBSERVED_FIELDS) {
            throw new IllegalArgumentException("H0STASP0 has 59 or 62 fields: " + fieldCount);
        }
        this.fieldCount = fieldCount;
    }

    String encode(OrderBookSnapshot book) {
        Fields f = new Fields(600);
        f.add(book.code()).add(KoreanTime.hhmmss(book.time())).add("0");
        for (int level = 1; level <= OrderBookSnapshot.LEVELS; level++) {
            f.add(book.askPrice(level));
        }
        for (int level = 1; level <= OrderBookSnapshot.LEVELS; level++) {
            f.add(book.bidPrice(level));
        }
        for (int level = 1; level <= OrderBookSnapshot.LEVELS; level++) {
            f.add(book.askSize(level));
        }
        for (int level = 1; level <= OrderBookSnapshot.LEVELS; level++) {
            f.add(book.bidSize(level));
        }
        f.add(book.totalAskSize()).add(book.totalBidSize()).add(0).add(0);
        f.add(0).add(0).add(0).add(0).add("3").add("0.00");
        f.add(book.cumulativeVolume())
                .add(book.totalAskChange())
                .add(book.totalBidChange())
                .add(0)
                .add(0)
                .add("0");
        if (fieldCount == OBSERVED_FIELDS) {
            f.add(midpoint(book.askPrice(1), book.bidPrice(1))).add(0).add("0");
        }
        return f.toString();
    }

    private static String midpoint(long ask, long bid) {
        long sum = ask + bid;
        return sum % 2 == 0 ? Long.toString(sum / 2) : (sum / 2) + ".5";
    }
}
