package io.stockobserver.universe;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The master files and universe the universe tests share, built with {@link MasterLines}. */
final class UniverseFixtures {

    static final LocalDate DAY = LocalDate.of(2026, 7, 24);
    static final Instant BUILT_AT = Instant.parse("2026-07-23T23:30:00.123456Z");
    static final Clock CLOCK = Clock.fixed(BUILT_AT, ZoneOffset.UTC);

    private UniverseFixtures() {}

    /**
     * KOSPI: 삼성전자 (in), SK하이닉스 halted, KODEX 200 (ETF, group EF), 3,995 / 4,000 / 4,005 KRW around the
     * threshold, 삼성전자우 (preferred), KR모터스 (관리종목), and one malformed line.
     */
    static MasterFile kospi() {
        return MasterFileParser.parse(
                MasterLines.mst(
                        MasterLines.kospi()
                                .code("005930")
                                .name("삼성전자")
                                .basePrice(71_500)
                                .line(),
                        MasterLines.kospi()
                                .code("000660")
                                .name("SK하이닉스")
                                .halted(true)
                                .line(),
                        MasterLines.kospi()
                                .code("069500")
                                .name("KODEX 200")
                                .group("EF")
                                .line(),
                        MasterLines.kospi()
                                .code("100001")
                                .name("가격미달")
                                .basePrice(3_995)
                                .line(),
                        MasterLines.kospi()
                                .code("100002")
                                .name("경계가격")
                                .basePrice(4_000)
                                .line(),
                        MasterLines.kospi()
                                .code("100003")
                                .name("경계초과")
                                .basePrice(4_005)
                                .line(),
                        MasterLines.kospi()
                                .code("005935")
                                .name("삼성전자우")
                                .basePrice(58_300)
                                .preferred('1')
                                .line(),
                        MasterLines.kospi()
                                .code("000040")
                                .name("KR모터스")
                                .basePrice(4_500)
                                .administrative(true)
                                .line(),
                        "005380   KR7005380001현대차   this line is cut short"),
                MasterMarket.KOSPI);
    }

    /** KOSDAQ: 에코프로비엠 (in), a SPAC, and 005930 a second time (a duplicate). */
    static MasterFile kosdaq() {
        return MasterFileParser.parse(
                MasterLines.mst(
                        MasterLines.kosdaq()
                                .code("247540")
                                .name("에코프로비엠")
                                .basePrice(103_900)
                                .line(),
                        MasterLines.kosdaq()
                                .code("0004Y0")
                                .name("디비금융제14호스팩")
                                .basePrice(10_000)
                                .spac(true)
                                .line(),
                        MasterLines.kosdaq().code("005930").name("삼성전자").line()),
                MasterMarket.KOSDAQ);
    }

    /** The universe of {@link #DAY} from both files under the default rules. */
    static Universe universe() {
        return new UniverseBuilder(CLOCK).build(DAY, List.of(kospi(), kosdaq()), UniverseRules.defaults());
    }
}
