package io.stockobserver.sandbox.upbit.market;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Names of the universe's assets: a few well-known coins first (real tickers and names; their prices and turnover
 * are illustrative, not market data), then generated tickers with Korean- and English-looking names.
 */
final class CoinNames {

    /**
     * A well-known coin.
     *
     * @param base ticker
     * @param koreanName Korean name as Upbit lists it
     * @param englishName English name
     * @param krwPrice an illustrative KRW price
     * @param turnover24h an illustrative 24 h KRW turnover
     */
    record KnownCoin(String base, String koreanName, String englishName, double krwPrice, double turnover24h) {}

    /** The coins that always come first, busiest first. USDT is a KRW market of its own on Upbit. */
    static final List<KnownCoin> KNOWN = List.of(
            new KnownCoin("BTC", "비트코인", "Bitcoin", 140_000_000, 4.0e11),
            new KnownCoin("XRP", "엑스알피(리플)", "XRP", 3_100, 3.0e11),
            new KnownCoin("ETH", "이더리움", "Ethereum", 5_200_000, 2.5e11),
            new KnownCoin("USDT", "테더", "Tether", 1_400, 1.2e11),
            new KnownCoin("SOL", "솔라나", "Solana", 250_000, 9.0e10),
            new KnownCoin("DOGE", "도지코인", "Dogecoin", 320, 8.0e10),
            new KnownCoin("ADA", "에이다", "Cardano", 1_050, 4.0e10),
            new KnownCoin("SUI", "수이", "Sui", 5_100, 3.5e10),
            new KnownCoin("TRX", "트론", "TRON", 420, 2.0e10),
            new KnownCoin("LINK", "체인링크", "Chainlink", 26_000, 1.8e10),
            new KnownCoin("AVAX", "아발란체", "Avalanche", 36_000, 1.5e10),
            new KnownCoin("HBAR", "헤데라", "Hedera", 330, 1.2e10),
            new KnownCoin("XLM", "스텔라루멘", "Stellar Lumens", 520, 1.1e10),
            new KnownCoin("SHIB", "시바이누", "Shiba Inu", 0.021, 1.0e10),
            new KnownCoin("BCH", "비트코인캐시", "Bitcoin Cash", 720_000, 9.0e9),
            new KnownCoin("DOT", "폴카닷", "Polkadot", 6_300, 7.0e9),
            new KnownCoin("ETC", "이더리움클래식", "Ethereum Classic", 31_000, 6.0e9),
            new KnownCoin("NEAR", "니어프로토콜", "NEAR Protocol", 4_200, 5.0e9),
            new KnownCoin("ATOM", "코스모스", "Cosmos", 6_100, 4.0e9),
            new KnownCoin("SAND", "샌드박스", "The Sandbox", 410, 2.0e9),
            new KnownCoin("AERGO", "아르고", "Aergo", 160, 8.0e8));

    private static final String[] KOREAN_SYLLABLES = {
        "가", "나", "다", "라", "마", "바", "사", "아", "자", "카", "타", "파", "하", "코", "토", "포", "로", "모", "소", "오",
        "노", "도", "보", "조", "리", "미", "시", "니", "디", "비", "키", "티", "피", "루", "무", "수", "누", "두", "부", "쿠",
        "엘", "온", "인", "움", "텍", "렉", "스", "트", "크", "프", "체", "세", "레", "메", "네", "베", "테", "페", "헤", "제"
    };
    private static final String[] ENGLISH_SYLLABLES = {
        "ka", "no", "ra", "mi", "lu", "ze", "ta", "vo", "ne", "si", "xo", "ar", "el", "on", "um", "ix", "or", "an",
        "ex", "qu", "ly", "ra", "be", "do", "fi", "go", "hu", "jo", "ke", "pa"
    };
    private static final String[] ENGLISH_SUFFIXES = {
        "", "", "", " Protocol", " Network", " Chain", " Token", " Finance"
    };
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private CoinNames() {}

    /** Returns a new ticker of 3 to 5 letters not in {@code taken}. */
    static String ticker(SplittableRandom rng, Set<String> taken) {
        while (true) {
            int length = 3 + rng.nextInt(3);
            StringBuilder ticker = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                ticker.append(LETTERS.charAt(rng.nextInt(LETTERS.length())));
            }
            if (taken.add(ticker.toString())) {
                return ticker.toString();
            }
        }
    }

    /** Returns a Korean-looking name of 2 to 4 syllables. */
    static String koreanName(SplittableRandom rng) {
        int syllables = 2 + rng.nextInt(3);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(KOREAN_SYLLABLES[rng.nextInt(KOREAN_SYLLABLES.length)]);
        }
        return name.toString();
    }

    /** Returns an English-looking name, capitalised, sometimes with a suffix such as " Network". */
    static String englishName(SplittableRandom rng) {
        int syllables = 2 + rng.nextInt(2);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(ENGLISH_SYLLABLES[rng.nextInt(ENGLISH_SYLLABLES.length)]);
        }
        String word = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        return word + ENGLISH_SUFFIXES[rng.nextInt(ENGLISH_SUFFIXES.length)];
    }
}
