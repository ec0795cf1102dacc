package io.stockobserver.sandbox.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * What a listing is (stock, ETF or REIT), what it is called, when it was listed and its KRX designations.
 *
 * <p>Design note: these are drawn from a random stream of their own (not the stream of prices and shares), so adding
 * them left every code, base price, share count and trade of a seed as it was. Only the listings that became ETFs
 * (name, market) and REITs listed on KOSDAQ before (market) changed, with the foreign ownership that depends on it.
 *
 * @param kind stock, ETF or REIT
 * @param name Korean name
 * @param market KOSPI or KOSDAQ (ETFs and REITs are always KOSPI)
 * @param sector industry name
 * @param listingDate 상장일자, a weekday
 * @param administrativeIssue 관리종목
 * @param marketWarning 시장경고
 */
record ListingTraits(
        ListingKind kind,
        String name,
        MarketKind market,
        String sector,
        LocalDate listingDate,
        boolean administrativeIssue,
        MarketWarning marketWarning) {

    /** Share of generated listings that are ETFs. */
    static final double ETF_SHARE = 0.05;
    /** Industry name of ETFs (sandbox choice). */
    static final String ETF_SECTOR = "ETF";

    private static final String REIT_SUFFIX = "리츠";
    private static final double ADMINISTRATIVE_SHARE = 0.012;
    private static final double ADMINISTRATIVE_SHARE_IF_HALTED = 0.5;
    private static final double RISK_SHARE = 0.001;
    private static final double WARNING_SHARE = 0.005;
    private static final double CAUTION_SHARE = 0.02;
    private static final LocalDate FIRST_STOCK_LISTING = LocalDate.of(1975, 1, 6);
    private static final LocalDate FIRST_ETF_LISTING = LocalDate.of(2002, 10, 14);
    private static final LocalDate LAST_LISTING = LocalDate.of(2025, 12, 30);

    /** Returns the traits of a known real listing: a stock without designations. */
    static ListingTraits known(SplittableRandom rng, KnownListing known) {
        LocalDate listed = listingDate(rng.nextDouble(), FIRST_STOCK_LISTING);
        return new ListingTraits(
                ListingKind.STOCK, known.name(), known.market(), known.sector(), listed, false, MarketWarning.NONE);
    }

    /** Returns the traits of a generated listing; names ending in 리츠 are REITs, about 5 % become ETFs. */
    static ListingTraits generated(
            SplittableRandom rng, NameGenerator.Name name, MarketKind market, boolean halted, EtfNames etfNames) {
        double kindDraw = rng.nextDouble();
        double dateDraw = rng.nextDouble();
        double administrativeDraw = rng.nextDouble();
        double warningDraw = rng.nextDouble();
        if (kindDraw < ETF_SHARE) {
            return new ListingTraits(
                    ListingKind.ETF,
                    etfNames.next(rng),
                    MarketKind.KOSPI,
                    ETF_SECTOR,
                    listingDate(dateDraw, FIRST_ETF_LISTING),
                    false,
                    MarketWarning.NONE);
        }
        boolean reit = name.name().endsWith(REIT_SUFFIX);
        boolean administrative = administrativeDraw < (halted ? ADMINISTRATIVE_SHARE_IF_HALTED : ADMINISTRATIVE_SHARE);
        return new ListingTraits(
                reit ? ListingKind.REIT : ListingKind.STOCK,
                name.name(),
                reit ? MarketKind.KOSPI : market,
                name.sector(),
                listingDate(dateDraw, FIRST_STOCK_LISTING),
                administrative,
                warning(warningDraw));
    }

    private static MarketWarning warning(double draw) {
        if (draw < RISK_SHARE) {
            return MarketWarning.RISK;
        }
        if (draw < WARNING_SHARE) {
            return MarketWarning.WARNING;
        }
        return draw < CAUTION_SHARE ? MarketWarning.CAUTION : MarketWarning.NONE;
    }

    private static LocalDate listingDate(double draw, LocalDate first) {
        long days = ChronoUnit.DAYS.between(first, LAST_LISTING);
        LocalDate date = first.plusDays((long) (draw * days));
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.minusDays(1);
        }
        return date;
    }
}
