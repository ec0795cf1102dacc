package io.stockobserver.sandbox.market;

import java.util.SplittableRandom;

/**
 * Draws one listing's attributes from its own random stream, so a listing is the same whatever the universe size.
 *
 * <p>Base prices are log-uniform between 1,000 and 900,000 KRW (about a fifth below 4,000); trade rates are
 * log-normal with a long tail, so a few listings are very busy and most are quiet; about 0.4 % of generated listings
 * are halted. Which listings are ETFs or REITs, and their listing dates and designations, are {@link ListingTraits}.
 */
final class ListingFactory {

    private static final double MIN_PRICE = 1_000;
    private static final double MAX_PRICE = 900_000;
    private static final double HALTED_SHARE = 0.004;
    private static final double KOSPI_SHARE = 0.38;
    private static final long[] PAR_VALUES = {100, 200, 500, 500, 500, 1_000, 5_000, 5_000};
    private static final int[] MARGIN_RATES = {20, 30, 40, 40, 50, 100};

    private ListingFactory() {}

    static Universe.Listing known(long seed, KnownListing known) {
        SplittableRandom rng = new SplittableRandom(Seeds.forSymbol(seed, known.code()));
        long price = KrxTickGrid.floor(known.price());
        ListingTraits traits = ListingTraits.known(traitsRandom(seed, known.code()), known);
        return build(rng, known.code(), traits, price, known.listedShares(), known.tradeRate(), false);
    }

    static Universe.Listing generated(long seed, String code, NameGenerator.Name name, EtfNames etfNames) {
        SplittableRandom rng = new SplittableRandom(Seeds.forSymbol(seed, code));
        MarketKind market = rng.nextDouble() < KOSPI_SHARE ? MarketKind.KOSPI : MarketKind.KOSDAQ;
        double logPrice = RandomDraws.uniform(rng, Math.log(MIN_PRICE), Math.log(MAX_PRICE));
        long price = KrxTickGrid.floor(Math.round(Math.exp(logPrice)));
        double marketCap = clamp(RandomDraws.logNormal(rng, 1.5e11, 1.3), 5e9, 5e13);
        long shares = Math.max(1_000_000, Math.round(marketCap / price / 1_000) * 1_000);
        double tradeRate = clamp(RandomDraws.logNormal(rng, 0.12, 1.4), 0.005, 40);
        boolean halted = rng.nextDouble() < HALTED_SHARE;
        ListingTraits traits = ListingTraits.generated(traitsRandom(seed, code), name, market, halted, etfNames);
        return build(rng, code, traits, price, shares, tradeRate, halted);
    }

    /** The stream of {@link ListingTraits}, apart from the stream of prices so that adding traits moved nothing. */
    private static SplittableRandom traitsRandom(long seed, String code) {
        return new SplittableRandom(Seeds.mix(Seeds.forSymbol(seed, code) + 2));
    }

    private static Universe.Listing build(
            SplittableRandom rng,
            String code,
            ListingTraits traits,
            long price,
            long shares,
            double tradeRate,
            boolean halted) {
        double volatility = clamp(RandomDraws.logNormal(rng, 0.025, 0.35), 0.008, 0.12);
        long medianQuantity = Math.max(1, Math.round(RandomDraws.logNormal(rng, 1_200_000, 0.5) / price));
        long levelSize = Math.max(1, Math.round(medianQuantity * RandomDraws.uniform(rng, 20, 200)));
        long previousHigh = Math.max(price, KrxTickGrid.floor(bandPrice(price, Math.abs(rng.nextGaussian()))));
        long previousLow = Math.min(price, KrxTickGrid.ceil(bandPrice(price, -Math.abs(rng.nextGaussian()))));
        SymbolProfile profile = new SymbolProfile(
                tradeRate,
                tradeRate * 1.5 + 0.05,
                volatility,
                medianQuantity,
                levelSize,
                RandomDraws.uniform(rng, 0.5, 1.6),
                previousHigh,
                previousLow);
        long parValue = PAR_VALUES[rng.nextInt(PAR_VALUES.length)];
        SymbolInfo info = new SymbolInfo(
                code,
                traits.name(),
                traits.market(),
                traits.sector(),
                price,
                shares,
                parValue,
                halted,
                reference(rng, traits, price),
                traits.kind());
        return new Universe.Listing(info, profile);
    }

    private static long bandPrice(long price, double sigmas) {
        return Math.max(1, Math.round(price * (1 + sigmas * 0.015)));
    }

    private static ReferenceData reference(SplittableRandom rng, ListingTraits traits, long price) {
        long eps = Math.max(1, Math.round(price / RandomDraws.logNormal(rng, 12, 0.6)));
        long bps = Math.max(1, Math.round(price / RandomDraws.logNormal(rng, 1.1, 0.5)));
        double foreignMedian = traits.market() == MarketKind.KOSPI ? 12 : 4;
        double foreign = Math.min(90, RandomDraws.logNormal(rng, foreignMedian, 1.0));
        int margin = MARGIN_RATES[rng.nextInt(MARGIN_RATES.length)];
        long high = Math.max(price, KrxTickGrid.floor(Math.round(price * RandomDraws.uniform(rng, 1.05, 1.8))));
        long low = Math.min(price, KrxTickGrid.ceil(Math.round(price * RandomDraws.uniform(rng, 0.55, 0.95))));
        return new ReferenceData(
                eps,
                bps,
                foreign,
                margin,
                margin < 100,
                high,
                1 + rng.nextInt(250),
                low,
                1 + rng.nextInt(250),
                traits.listingDate(),
                traits.administrativeIssue(),
                traits.marketWarning());
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
