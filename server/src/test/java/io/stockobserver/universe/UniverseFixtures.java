package io.stockobserver.universe;

import io.stockobserver.provider.Listing;
import io.stockobserver.provider.ListingSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The venue listings and universe the universe tests share (venue-neutral: the rules know no master file). */
final class UniverseFixtures {

    static final LocalDate DAY = LocalDate.of(2026, 7, 24);
    static final Instant BUILT_AT = Instant.parse("2026-07-23T23:30:00.123456Z");
    static final Clock CLOCK = Clock.fixed(BUILT_AT, ZoneOffset.UTC);
    static final String SOURCE = "kis_master";
    static final long SHARES = 5_969_782_000L;

    private UniverseFixtures() {}

    /** A common share of {@code board} at {@code price} KRW; flags via {@link #with}. */
    static Listing listing(String symbol, String name, String board, long price) {
        return new Listing(
                symbol,
                name,
                board,
                "ST",
                BigDecimal.valueOf(price),
                OptionalLong.of(SHARES),
                false,
                false,
                false,
                false,
                false,
                Optional.empty());
    }

    /** {@code l} with another group and flags. */
    static Listing with(
            Listing l, String group, boolean halted, boolean administrative, boolean preferred, boolean spac) {
        return new Listing(
                l.symbol(),
                l.name(),
                l.board(),
                group,
                l.referencePrice(),
                l.listedShares(),
                halted,
                administrative,
                preferred,
                spac,
                l.warning(),
                l.turnover());
    }

    /**
     * KOSPI: 삼성전자 (in), SK하이닉스 halted, KODEX 200 (ETF, group EF), 3,995 / 4,000 / 4,005 KRW around the
     * threshold, 삼성전자우 (preferred), KR모터스 (관리종목); the venue's answer had one malformed line.
     */
    static ListingSource.Listings kospi() {
        return new ListingSource.Listings(
                SOURCE,
                List.of(
                        listing("005930", "삼성전자", "kospi", 71_500),
                        with(listing("000660", "SK하이닉스", "kospi", 71_500), "ST", true, false, false, false),
                        with(listing("069500", "KODEX 200", "kospi", 71_500), "EF", false, false, false, false),
                        listing("100001", "가격미달", "kospi", 3_995),
                        listing("100002", "경계가격", "kospi", 4_000),
                        listing("100003", "경계초과", "kospi", 4_005),
                        with(listing("005935", "삼성전자우", "kospi", 58_300), "ST", false, false, true, false),
                        with(listing("000040", "KR모터스", "kospi", 4_500), "ST", false, true, false, false)),
                1);
    }

    /** KOSDAQ: 에코프로비엠 (in), a SPAC, and 005930 a second time (a duplicate). */
    static ListingSource.Listings kosdaq() {
        return new ListingSource.Listings(
                SOURCE,
                List.of(
                        listing("247540", "에코프로비엠", "kosdaq", 103_900),
                        with(listing("0004Y0", "디비금융제14호스팩", "kosdaq", 10_000), "ST", false, false, false, true),
                        listing("005930", "삼성전자", "kosdaq", 71_500)),
                0);
    }

    /** The venue's answer of several parts, in order. */
    static ListingSource.Listings both(ListingSource.Listings... parts) {
        List<Listing> all = new ArrayList<>();
        int malformed = 0;
        for (ListingSource.Listings p : parts) {
            all.addAll(p.listings());
            malformed += p.malformed();
        }
        return new ListingSource.Listings(SOURCE, all, malformed);
    }

    /** The universe of {@link #DAY} from both markets under the default rules. */
    static Universe universe() {
        return new UniverseBuilder(CLOCK).build(DAY, both(kospi(), kosdaq()), UniverseRules.defaults());
    }
}
