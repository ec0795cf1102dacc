package io.stockobserver.sandbox.market;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes unique ETF names the way Korean asset managers name them: a brand, a space and an underlying ("KODEX 반도체",
 * "TIGER 미국S&P500"). A name already taken moves to the next brand, then the next underlying, then gets a number.
 */
final class EtfNames {

    private static final List<String> BRANDS =
            List.of("KODEX", "TIGER", "RISE", "ACE", "SOL", "HANARO", "KIWOOM", "PLUS", "TIMEFOLIO", "KoAct");
    private static final List<String> UNDERLYINGS = List.of(
            "200",
            "코스닥150",
            "반도체",
            "2차전지산업",
            "미국S&P500",
            "미국나스닥100",
            "은행",
            "헬스케어",
            "자동차",
            "조선",
            "방산",
            "고배당",
            "배당성장",
            "200선물인버스2X",
            "레버리지",
            "인버스",
            "국고채3년",
            "단기채권",
            "머니마켓액티브",
            "CD금리액티브",
            "골드선물(H)",
            "WTI원유선물(H)",
            "미국배당다우존스",
            "일본니케이225",
            "차이나항셍테크",
            "인도Nifty50",
            "게임산업",
            "미디어컨텐츠",
            "바이오",
            "철강",
            "건설",
            "증권",
            "보험",
            "리츠부동산",
            "친환경에너지",
            "AI반도체",
            "로봇",
            "원자력",
            "전력설비",
            "미국테크TOP10");

    private final Set<String> taken = new HashSet<>();

    /** Returns a name not returned before, drawing the preferred brand and underlying from {@code rng}. */
    String next(SplittableRandom rng) {
        int brand = rng.nextInt(BRANDS.size());
        int underlying = rng.nextInt(UNDERLYINGS.size());
        for (int u = 0; u < UNDERLYINGS.size(); u++) {
            for (int b = 0; b < BRANDS.size(); b++) {
                String name = name(brand + b, underlying + u);
                if (taken.add(name)) {
                    return name;
                }
            }
        }
        String base = name(brand, underlying);
        int number = 2;
        while (!taken.add(base + number)) {
            number++;
        }
        return base + number;
    }

    private static String name(int brand, int underlying) {
        return BRANDS.get(brand % BRANDS.size()) + " " + UNDERLYINGS.get(underlying % UNDERLYINGS.size());
    }
}
