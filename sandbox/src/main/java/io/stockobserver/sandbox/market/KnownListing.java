package io.stockobserver.sandbox.market;

import java.util.List;

/**
 * Real KRX codes and names the universe always starts with, so logs and tests look familiar. Prices, share counts
 * and activity are illustrative, not market data.
 *
 * @param code 6-digit short code
 * @param name Korean name
 * @param market KOSPI or KOSDAQ
 * @param sector industry name
 * @param price illustrative previous close
 * @param listedShares illustrative listed shares
 * @param tradeRate mean trades per second (these are the busy names of the universe)
 */
record KnownListing(
        String code, String name, MarketKind market, String sector, long price, long listedShares, double tradeRate) {

    /** In priority order: a universe of n symbols takes the first n of these when n is small. */
    static final List<KnownListing> ALL = List.of(
            kospi("005930", "삼성전자", "전기·전자", 71_500, 5_969_782_550L, 25.0),
            kospi("000660", "SK하이닉스", "전기·전자", 178_000, 728_002_365L, 15.0),
            kospi("035720", "카카오", "서비스업", 41_250, 444_139_060L, 8.0),
            kospi("035420", "NAVER", "서비스업", 168_900, 158_437_008L, 5.0),
            kospi("005380", "현대차", "운수장비", 236_500, 209_416_191L, 5.0),
            kospi("000270", "기아", "운수장비", 98_700, 397_672_632L, 5.0),
            kospi("051910", "LG화학", "화학", 312_000, 70_592_343L, 3.0),
            kospi("006400", "삼성SDI", "전기·전자", 295_000, 68_764_530L, 3.0),
            kospi("207940", "삼성바이오로직스", "의약품", 812_000, 71_174_000L, 1.5),
            kospi("068270", "셀트리온", "의약품", 178_500, 216_960_000L, 4.0),
            kospi("005490", "POSCO홀딩스", "철강·금속", 375_000, 84_571_230L, 3.0),
            kospi("105560", "KB금융", "금융업", 78_300, 393_528_423L, 3.0),
            kospi("055550", "신한지주", "금융업", 51_200, 509_393_214L, 3.0),
            kospi("012330", "현대모비스", "운수장비", 231_000, 93_749_692L, 2.0),
            kospi("066570", "LG전자", "전기·전자", 95_600, 163_647_814L, 3.0),
            kospi("015760", "한국전력", "전기·가스업", 21_350, 641_964_077L, 4.0),
            kospi("017670", "SK텔레콤", "통신업", 52_800, 214_790_053L, 2.0),
            kospi("030200", "KT", "통신업", 38_650, 257_860_000L, 2.0),
            kospi("323410", "카카오뱅크", "금융업", 23_450, 476_835_680L, 3.0),
            kospi("034020", "두산에너빌리티", "기계", 17_230, 640_561_146L, 6.0),
            kospi("010140", "삼성중공업", "운수장비", 9_520, 880_000_000L, 5.0),
            kospi("003490", "대한항공", "운수창고업", 21_900, 368_220_612L, 3.0),
            kosdaq("247540", "에코프로비엠", "일반전기전자", 185_300, 97_801_344L, 6.0),
            kosdaq("086520", "에코프로", "금융", 91_500, 133_138_340L, 6.0),
            kosdaq("196170", "알테오젠", "제약", 312_500, 53_156_426L, 4.0),
            kosdaq("028300", "HLB", "제약", 58_400, 131_133_484L, 4.0),
            kosdaq("293490", "카카오게임즈", "디지털컨텐츠", 19_870, 82_778_364L, 2.0),
            kosdaq("263750", "펄어비스", "디지털컨텐츠", 35_600, 63_608_832L, 2.0),
            kosdaq("041510", "에스엠", "오락·문화", 72_400, 23_813_953L, 1.5),
            kosdaq("035900", "JYP Ent.", "오락·문화", 58_900, 35_593_464L, 1.5),
            kosdaq("058470", "리노공업", "반도체", 198_700, 15_242_370L, 1.0));

    private static KnownListing kospi(String code, String name, String sector, long price, long shares, double rate) {
        return new KnownListing(code, name, MarketKind.KOSPI, sector, price, shares, rate);
    }

    private static KnownListing kosdaq(String code, String name, String sector, long price, long shares, double rate) {
        return new KnownListing(code, name, MarketKind.KOSDAQ, sector, price, shares, rate);
    }
}
