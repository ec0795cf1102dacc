package io.stockobserver.sandbox.upbit.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The markets of one seed: {@code krw} KRW markets (the well-known coins first), then {@code btc} BTC- and
 * {@code usdt} USDT-quoted markets of the busiest KRW assets. Listed KRW first, then BTC, then USDT, each in
 * alphabetical order of the asset.
 *
 * <p>Activity is drawn so that a turnover threshold selects a subset: 24 h turnover is log-normal around 3 billion
 * KRW (5 million to 200 billion), the trade rate grows with it, and about one generated market in eight is quiet
 * (a trade every 1.5 to 10 minutes, a thin book). BTC and USDT markets trade about 1 % and 0.5 % of their KRW twin.
 */
final class PairUniverse {

    /** Most KRW markets. */
    static final int MAX_KRW = 1_000;

    private static final double BTC_SHARE = 0.01;
    private static final double USDT_SHARE = 0.005;
    private static final double USDT_KRW = 1_400;
    private static final double QUIET_SHARE = 0.125;
    private static final double WARNING_SHARE = 0.05;
    private static final double CAUTION_SHARE = 0.07;
    private static final double SECONDS_PER_DAY = 86_400;
    private static final double MEAN_ACTIVITY = 0.75;
    private static final double MIN_BTC_MARKET_KRW_PRICE = 100;

    /**
     * One market and how it behaves.
     *
     * @param pair what the market list shows
     * @param profile how it trades
     */
    record Listing(UpbitPair pair, PairProfile profile) {}

    /** A KRW asset before it is turned into listings. */
    private record Asset(String base, String korean, String english, double krwPrice, double turnover, boolean quiet) {}

    private final Map<String, Listing> byMarket;
    private final List<UpbitPair> pairs;

    private PairUniverse(List<Listing> listings) {
        Map<String, Listing> map = new LinkedHashMap<>();
        listings.forEach(listing -> map.put(listing.pair().market(), listing));
        this.byMarket = map;
        this.pairs = listings.stream().map(Listing::pair).toList();
    }

    /** Generates the universe of a seed; 52-week dates count back from {@code today}. */
    static PairUniverse generate(long seed, int krw, int btc, int usdt, LocalDate today) {
        if (krw < 1 || krw > MAX_KRW || btc < 0 || btc >= krw || usdt < 0 || usdt >= krw) {
            throw new IllegalArgumentException("need 1.." + MAX_KRW
                    + " KRW markets and fewer BTC/USDT markets than KRW ones: " + krw + "/" + btc + "/" + usdt);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Asset> assets = assets(rng, krw);
        List<Listing> listings = new ArrayList<>();
        Set<String> warned = new HashSet<>();
        for (Asset asset : sorted(assets)) {
            UpbitPair pair = pair(QuoteCurrency.KRW, asset, rng, warned);
            listings.add(new Listing(
                    pair, profile(QuoteCurrency.KRW, asset, asset.krwPrice(), asset.turnover(), rng, today)));
        }
        List<Asset> busiest = assets.stream()
                .sorted(Comparator.comparingDouble(Asset::turnover).reversed())
                .toList();
        addQuoted(listings, QuoteCurrency.BTC, btc, busiest, rng, today, warned);
        addQuoted(listings, QuoteCurrency.USDT, usdt, busiest, rng, today, warned);
        return new PairUniverse(listings);
    }

    List<UpbitPair> pairs() {
        return pairs;
    }

    Optional<Listing> listing(String market) {
        return Optional.ofNullable(byMarket.get(market));
    }

    private static List<Asset> assets(SplittableRandom rng, int krw) {
        List<Asset> assets = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        CoinNames.KNOWN.forEach(coin -> taken.add(coin.base()));
        for (CoinNames.KnownCoin coin : CoinNames.KNOWN.subList(0, Math.min(krw, CoinNames.KNOWN.size()))) {
            assets.add(new Asset(
                    coin.base(), coin.koreanName(), coin.englishName(), coin.krwPrice(), coin.turnover24h(), false));
        }
        while (assets.size() < krw) {
            String base = CoinNames.ticker(rng, taken);
            double price = clamp(logNormal(rng, 300, 2.2), 0.001, 2_000_000);
            boolean quiet = rng.nextDouble() < QUIET_SHARE;
            double turnover =
                    quiet ? clamp(logNormal(rng, 4e7, 1.0), 5e6, 2e8) : clamp(logNormal(rng, 3e9, 1.6), 5e6, 2e11);
            assets.add(new Asset(base, CoinNames.koreanName(rng), CoinNames.englishName(rng), price, turnover, quiet));
        }
        return assets;
    }

    private static List<Asset> sorted(List<Asset> assets) {
        return assets.stream().sorted(Comparator.comparing(Asset::base)).toList();
    }

    private static void addQuoted(
            List<Listing> listings,
            QuoteCurrency quote,
            int count,
            List<Asset> busiest,
            SplittableRandom rng,
            LocalDate today,
            Set<String> warned) {
        double krwPerQuote = quote == QuoteCurrency.BTC
                ? busiest.stream()
                        .filter(asset -> asset.base().equals("BTC"))
                        .findFirst()
                        .map(Asset::krwPrice)
                        .orElse(CoinNames.KNOWN.get(0).krwPrice())
                : USDT_KRW;
        double share = quote == QuoteCurrency.BTC ? BTC_SHARE : USDT_SHARE;
        List<Asset> chosen = busiest.stream()
                .filter(asset -> !asset.base().equals(quote.name()))
                .filter(asset -> quote != QuoteCurrency.BTC || asset.krwPrice() >= MIN_BTC_MARKET_KRW_PRICE)
                .limit(count)
                .sorted(Comparator.comparing(Asset::base))
                .toList();
        for (Asset asset : chosen) {
            UpbitPair pair = pair(quote, asset, rng, warned);
            listings.add(new Listing(
                    pair,
                    profile(
                            quote,
                            asset,
                            asset.krwPrice() / krwPerQuote,
                            asset.turnover() * share / krwPerQuote,
                            rng,
                            today)));
        }
    }

    /** A KRW market's designation is drawn; the other markets of the asset share its warning. */
    private static UpbitPair pair(QuoteCurrency quote, Asset asset, SplittableRandom rng, Set<String> warned) {
        boolean known = CoinNames.KNOWN.stream().anyMatch(coin -> coin.base().equals(asset.base()));
        if (quote == QuoteCurrency.KRW
                && (asset.base().equals("AERGO") || (!known && rng.nextDouble() < WARNING_SHARE))) {
            warned.add(asset.base());
        }
        Set<Caution> cautions = EnumSet.noneOf(Caution.class);
        if (!known && rng.nextDouble() < CAUTION_SHARE) {
            Caution[] flags = Caution.values();
            cautions.add(flags[rng.nextInt(flags.length)]);
            if (rng.nextBoolean()) {
                cautions.add(flags[rng.nextInt(flags.length)]);
            }
        }
        return new UpbitPair(
                quote.name() + "-" + asset.base(),
                asset.korean(),
                asset.english(),
                quote,
                asset.base(),
                warned.contains(asset.base()),
                cautions);
    }

    /** Draws a profile; {@code price} and {@code turnover} are in the quote currency. */
    private static PairProfile profile(
            QuoteCurrency quote, Asset asset, double price, double turnover, SplittableRandom rng, LocalDate today) {
        double krwTurnover = quote == QuoteCurrency.KRW ? turnover : turnover * asset.krwPrice() / price;
        boolean quiet = asset.quiet() || (quote != QuoteCurrency.KRW && rng.nextDouble() < 0.3);
        double tradeRate = quiet
                ? Math.exp(uniform(rng, Math.log(1 / 600.0), Math.log(1 / 90.0)))
                : clamp(6 * Math.pow(krwTurnover / 1e11, 0.55) * logNormal(rng, 1, 0.4), 1 / 60.0, 25);
        double meanNotional = turnover / (tradeRate * SECONDS_PER_DAY * MEAN_ACTIVITY);
        double medianVolume = meanNotional / Math.exp(PairProfile.VOLUME_SIGMA * PairProfile.VOLUME_SIGMA / 2) / price;
        double spread = (tradeRate >= 1 ? 0.0003 : tradeRate >= 0.05 ? 0.001 : 0.004) * logNormal(rng, 1, 0.3);
        int askDepth = quiet ? 3 + rng.nextInt(28) : OrderbookSnapshot.MAX_UNITS;
        int bidDepth = quiet ? 3 + rng.nextInt(28) : OrderbookSnapshot.MAX_UNITS;
        long start = UpbitTickGrid.floor(quote, PriceUnits.of(price));
        long high = UpbitTickGrid.floor(quote, PriceUnits.of(price * uniform(rng, 1.1, 3.5)));
        long low = UpbitTickGrid.floor(quote, PriceUnits.of(price * uniform(rng, 0.25, 0.9)));
        return new PairProfile(
                start,
                clamp(logNormal(rng, 0.045, 0.4), 0.015, 0.25),
                tradeRate,
                tradeRate * 1.5,
                Math.max(1e-8, medianVolume),
                spread,
                spread * uniform(rng, 0.5, 1.5),
                askDepth,
                bidDepth,
                Math.max(high, UpbitTickGrid.up(quote, start)),
                today.minusDays(1 + rng.nextInt(364)),
                Math.min(low, UpbitTickGrid.down(quote, start)),
                today.minusDays(1 + rng.nextInt(364)));
    }

    private static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * Math.exp(sigma * rng.nextGaussian());
    }

    private static double uniform(SplittableRandom rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
