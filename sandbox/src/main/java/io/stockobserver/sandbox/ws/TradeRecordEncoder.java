package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.market.Side;
import io.stockobserver.sandbox.market.TradeEvent;
import io.stockobserver.sandbox.wire.KisFormat;
import java.time.Instant;

/**
 * Writes one H0STCNT0 record: the 46 fields of KIS facts §6.1 in order, joined with '^'.
 *
 * <p>Derived fields follow the captured frames: WGHN_AVRG_STCK_PRC = turnover ÷ volume, CTTR = buy ÷ sell volume ×
 * 100, SHNU_RATE = buy volume ÷ cumulative volume, *_VRSS_PRPR = last − open/high/low with their signs,
 * VI_STND_PRC = the open (the static VI reference), NEW_MKOP_CLS_CODE "20", HOUR_CLS_CODE "0", and
 * MRKT_TRTM_CLS_CODE empty as in both captures.
 */
final class TradeRecordEncoder {

    /** Fields per record. */
    static final int FIELDS = 46;

    String encode(TradeEvent trade) {
        QuoteSnapshot q = trade.quote();
        long last = q.lastPrice();
        Fields f = new Fields(400);
        f.add(q.code()).add(KoreanTime.hhmmss(q.time())).add(last);
        f.add(KisFormat.changeSign(last, q.basePrice(), q.upperLimit(), q.lowerLimit()));
        f.add(q.change()).add(KisFormat.twoDecimals(q.changePercent())).add(KisFormat.twoDecimals(q.averagePrice()));
        f.add(q.openPrice())
                .add(q.highPrice())
                .add(q.lowPrice())
                .add(q.askPrice())
                .add(q.bidPrice());
        f.add(trade.quantity()).add(q.cumulativeVolume()).add(q.cumulativeTurnover());
        f.add(q.sellTrades()).add(q.buyTrades()).add(q.buyTrades() - q.sellTrades());
        f.add(KisFormat.percent(q.buyVolume(), q.sellVolume()));
        f.add(q.sellVolume()).add(q.buyVolume());
        f.add(trade.side() == Side.BUY ? "1" : "5");
        f.add(KisFormat.twoDecimals(q.cumulativeVolume() == 0 ? 0 : q.buyVolume() / (double) q.cumulativeVolume()));
        f.add(KisFormat.percent(q.cumulativeVolume(), q.previousVolume()));
        versus(f, q.openTime(), last - q.openPrice());
        versus(f, q.highTime(), last - q.highPrice());
        versus(f, q.lowTime(), last - q.lowPrice());
        f.add(KoreanTime.yyyymmdd(q.businessDate())).add("20").add(q.halted() ? "Y" : "N");
        f.add(q.askSize()).add(q.bidSize()).add(q.totalAskSize()).add(q.totalBidSize());
        f.add(KisFormat.percent(q.cumulativeVolume(), q.listedShares()));
        f.add(q.previousSameTimeVolume()).add(KisFormat.percent(q.cumulativeVolume(), q.previousSameTimeVolume()));
        f.add("0").add("").add(q.openPrice());
        return f.toString();
    }

    private static void versus(Fields f, Instant time, long difference) {
        f.add(KoreanTime.hhmmss(time)).add(KisFormat.sign(difference)).add(difference);
    }
}
