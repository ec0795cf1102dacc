package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.market.ListingKind;
import io.stockobserver.sandbox.market.MarketKind;
import io.stockobserver.sandbox.market.MarketWarning;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.market.SymbolInfo;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Which listings a ranking call covers, from the parameters the two ranking TRs share: the market
 * (FID_COND_MRKT_DIV_CODE, all served from the one KRX model), the 업종 (FID_INPUT_ISCD: 0000 all, 0001 KOSPI, 1001
 * KOSDAQ), the share class (FID_DIV_CLS_CODE: 0 all, 1 보통주, 2 우선주 — the model has no preferred shares), the
 * exclusions (FID_TRGT_EXLS_CLS_CODE), the price band (FID_INPUT_PRICE_1/2) and the minimum volume (FID_VOL_CNT);
 * the fluctuation ranking adds a band of the change rate ({@link #withChangeRates}).
 *
 * <p>FID_TRGT_EXLS_CLS_CODE is read flag by flag, in the order of the official sample's description: 투자위험/경고/주의,
 * 관리종목, 정리매매, 불성실공시, 우선주, 거래정지, ETF, ETN, 신용주문불가, SPAC; "1" excludes. Shorter strings leave the
 * missing flags at 0 (clients send "0", "000000" and "0000000000"). FID_TRGT_CLS_CODE (증거금/신용보증금 classes) is
 * checked for form and otherwise not applied.
 */
final class RankingFilter {

    /** FID_COND_MRKT_DIV_CODE values served. */
    static final Set<String> MARKETS = Set.of("J", "NX", "UN");
    /** FID_INPUT_ISCD values served. */
    static final Set<String> SECTORS = Set.of("0000", "0001", "1001");
    /** FID_DIV_CLS_CODE values. */
    static final Set<String> SHARE_CLASSES = Set.of("0", "1", "2");

    private static final int TARGET_FLAGS = 9;
    private static final int EXCLUSION_FLAGS = 10;
    private static final int EXCLUDE_WARNED = 0;
    private static final int EXCLUDE_ADMINISTRATIVE = 1;
    private static final int EXCLUDE_HALTED = 5;
    private static final int EXCLUDE_ETF = 6;
    private static final int EXCLUDE_NO_CREDIT = 8;

    private final String sector;
    private final boolean preferredOnly;
    private final String exclusions;
    private final Optional<Long> minPrice;
    private final Optional<Long> maxPrice;
    private final Optional<Long> minVolume;
    private final OptionalDouble minRate;
    private final OptionalDouble maxRate;

    private RankingFilter(
            String sector,
            boolean preferredOnly,
            String exclusions,
            Optional<Long> minPrice,
            Optional<Long> maxPrice,
            Optional<Long> minVolume,
            OptionalDouble minRate,
            OptionalDouble maxRate) {
        this.sector = sector;
        this.preferredOnly = preferredOnly;
        this.exclusions = exclusions;
        this.minPrice = minPrice;
        this.maxPrice = maxPrice;
        this.minVolume = minVolume;
        this.minRate = minRate;
        this.maxRate = maxRate;
    }

    /**
     * Reads the shared parameters.
     *
     * @param shareClassRequired whether FID_DIV_CLS_CODE must be present (volume-rank) or defaults to 0 (fluctuation)
     */
    static RankingFilter read(RankingParameters parameters, boolean shareClassRequired) throws GatewayRefusal {
        parameters.required("FID_COND_MRKT_DIV_CODE", MARKETS);
        String sector = parameters.required("FID_INPUT_ISCD", SECTORS);
        String shareClass = shareClassRequired
                ? parameters.required("FID_DIV_CLS_CODE", SHARE_CLASSES)
                : parameters.optional("FID_DIV_CLS_CODE", SHARE_CLASSES, "0");
        parameters.flags("FID_TRGT_CLS_CODE", TARGET_FLAGS);
        String exclusions = parameters.flags("FID_TRGT_EXLS_CLS_CODE", EXCLUSION_FLAGS);
        return new RankingFilter(
                sector,
                shareClass.equals("2"),
                exclusions,
                parameters.bound("FID_INPUT_PRICE_1"),
                parameters.bound("FID_INPUT_PRICE_2"),
                parameters.bound("FID_VOL_CNT"),
                OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    /** Returns this filter keeping only listings whose change rate (prdy_ctrt) lies in [lowest, highest]. */
    RankingFilter withChangeRates(OptionalDouble lowest, OptionalDouble highest) {
        return new RankingFilter(sector, preferredOnly, exclusions, minPrice, maxPrice, minVolume, lowest, highest);
    }

    /** Returns whether a listing belongs to the ranking, by what does not change during the day. */
    boolean admits(SymbolInfo info) {
        if (preferredOnly) {
            return false;
        }
        if (sector.equals("0001") && info.market() != MarketKind.KOSPI
                || sector.equals("1001") && info.market() != MarketKind.KOSDAQ) {
            return false;
        }
        return !(excludes(EXCLUDE_WARNED) && info.reference().marketWarning() != MarketWarning.NONE
                || excludes(EXCLUDE_ADMINISTRATIVE) && info.reference().administrativeIssue()
                || excludes(EXCLUDE_HALTED) && info.halted()
                || excludes(EXCLUDE_ETF) && info.kind() == ListingKind.ETF
                || excludes(EXCLUDE_NO_CREDIT) && !info.reference().creditAllowed());
    }

    /** Returns whether a listing's state now fits the price band, the minimum volume and the change-rate band. */
    boolean admits(QuoteSnapshot quote) {
        long price = quote.lastPrice();
        double rate = quote.changePercent();
        return minPrice.map(min -> price >= min).orElse(true)
                && maxPrice.map(max -> price <= max).orElse(true)
                && minVolume.map(min -> quote.cumulativeVolume() >= min).orElse(true)
                && (minRate.isEmpty() || rate >= minRate.getAsDouble())
                && (maxRate.isEmpty() || rate <= maxRate.getAsDouble());
    }

    private boolean excludes(int flag) {
        return flag < exclusions.length() && exclusions.charAt(flag) == '1';
    }
}
