package io.stockobserver.sandbox.master;

import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.ListingKind;
import io.stockobserver.sandbox.market.MarketKind;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.market.ReferenceData;
import io.stockobserver.sandbox.market.SymbolInfo;
import java.time.LocalDate;

/**
 * Fills the tail of one listing's master record from the model. Truthful fields: 그룹코드 (the listing's kind),
 * 기준가 (today's base price, the previous close — the same as inquire-price stck_sdpr), 거래정지, 관리종목, 시장경고,
 * 증거금비율, 신용가능, 전일거래량, 액면가, 상장일자, 상장주수 (in thousands), 자본금, 시가총액 (억, at the base price).
 * Size class and index memberships follow the listing's market-cap rank; the rest are plausible constants or
 * figures derived from the listing's EPS (sandbox choices, see docs/sandbox.md).
 */
final class MasterTailValues {

    private static final double HUNDRED_MILLION = 1e8;
    private static final double ELW_UNDERLYING_CAP = 2e12;

    private MasterTailValues() {}

    /**
     * Returns the tail of a listing.
     *
     * @param layout the file's layout
     * @param info the listing
     * @param quote the listing's state now (base price, previous volume)
     * @param rank the listing's market-cap rank among the stocks of its market, from 1; 0 for ETFs and REITs
     */
    static String of(MasterLayout layout, SymbolInfo info, QuoteSnapshot quote, int rank) {
        MasterTail tail = new MasterTail(layout);
        classification(tail, layout, info, rank);
        memberships(tail, layout, info, quote, rank);
        trading(tail, info, quote);
        corporate(tail, layout, info, quote);
        return tail.remainingFlagsNo().render();
    }

    private static void classification(MasterTail tail, MasterLayout layout, SymbolInfo info, int rank) {
        boolean kospi = layout.market() == MarketKind.KOSPI;
        IndustryCodes codes = info.kind() == ListingKind.ETF ? IndustryCodes.NONE : IndustryCodes.of(info.sector());
        tail.set("그룹코드", info.kind().groupCode())
                .set("시가총액규모", sizeClass(kospi, rank))
                .set("지수업종대분류", kospi ? codes.kospiLarge() : codes.kosdaqLarge())
                .set("지수업종중분류", kospi ? codes.kospiMiddle() : codes.kosdaqMiddle())
                .set("지수업종소분류", "0000")
                .set("ETP", info.kind() == ListingKind.ETF ? "Y" : " ")
                .setIfPresent("제조업", " ")
                .setIfPresent("KOSPI200섹터업종", kospi && member(rank, 200) ? codes.kospi200Sector() : "0")
                .set("단기과열", "0");
        if (!codes.krxSectorFlag().isEmpty()) {
            tail.flag(codes.krxSectorFlag(), krx300(kospi, rank));
        }
    }

    private static void memberships(
            MasterTail tail, MasterLayout layout, SymbolInfo info, QuoteSnapshot quote, int rank) {
        boolean kospi = layout.market() == MarketKind.KOSPI;
        double baseCap = (double) quote.basePrice() * info.listedShares();
        tail.flag("KRX", krx300(kospi, rank))
                .flag("KRX100", member(rank, kospi ? 90 : 10))
                .flag("KRX300", krx300(kospi, rank))
                .flagIfPresent("KOSPI100", member(rank, 100))
                .flagIfPresent("KOSPI50", member(rank, 50))
                .flagIfPresent("SRI", member(rank, 50))
                .flagIfPresent("ELW발행", rank > 0 && baseCap >= ELW_UNDERLYING_CAP)
                .flagIfPresent("KOSDAQ150", member(rank, 150))
                .flagIfPresent("KOSPI", info.kind() == ListingKind.STOCK);
    }

    private static void trading(MasterTail tail, SymbolInfo info, QuoteSnapshot quote) {
        ReferenceData reference = info.reference();
        tail.number("기준가", quote.basePrice())
                .number("매매수량단위", 1)
                .number("시간외수량단위", 1)
                .flag("거래정지", info.halted())
                .flag("관리종목", reference.administrativeIssue())
                .set("시장경고", reference.marketWarning().code())
                .set("락구분", "00")
                .set("액면변경", "00")
                .set("증자구분", "00")
                .number("증거금비율", reference.marginRatePercent())
                .flag("신용가능", reference.creditAllowed())
                .number("신용기간", 90)
                .number("전일거래량", quote.previousVolume())
                .set("공매도과열", " ");
    }

    private static void corporate(MasterTail tail, MasterLayout layout, SymbolInfo info, QuoteSnapshot quote) {
        long shares = info.listedShares();
        tail.number("액면가", info.parValue())
                .set("상장일자", KoreanTime.yyyymmdd(info.reference().listingDate()))
                .number("상장주수", shares / 1_000)
                .number("자본금", shares * info.parValue())
                .set("결산월", "12")
                .set("공모가", " ".repeat(layout.width("공모가")))
                .set("우선주", "0")
                .set("기준년월", KoreanTime.yyyymmdd(previousQuarterEnd(quote.businessDate())))
                .number("시가총액", Math.round(quote.basePrice() * (double) shares / HUNDRED_MILLION))
                .set("그룹사코드", "   ");
        earnings(tail, info);
    }

    /** Earnings in 억 derived from EPS; funds report none. */
    private static void earnings(MasterTail tail, SymbolInfo info) {
        ReferenceData reference = info.reference();
        boolean fund = info.kind() == ListingKind.ETF;
        long netIncome = fund ? 0 : Math.round(reference.earningsPerShare() * (double) info.listedShares() / 1e8);
        long operating = Math.round(netIncome * 1.25);
        double roe = fund ? 0 : reference.earningsPerShare() * 100.0 / reference.bookValuePerShare();
        tail.number("매출액", Math.min(999_999_999, operating * 12))
                .number("영업이익", Math.min(999_999_999, operating))
                .number("경상이익", Math.min(999_999_999, Math.round(netIncome * 1.3)))
                .number("당기순이익", Math.min(99_999, netIncome))
                .set("ROE", FixedWidth.twoDecimals(Math.min(roe, 99_999), 9));
    }

    /** 시가총액규모: KOSPI 1 대형 (top 100) / 2 중형 (101–300) / 3 소형; KOSDAQ 1 (top 100) / 2 (101–400) / 3; 0 funds. */
    private static String sizeClass(boolean kospi, int rank) {
        if (rank == 0) {
            return "0";
        }
        if (rank <= 100) {
            return "1";
        }
        return rank <= (kospi ? 300 : 400) ? "2" : "3";
    }

    private static boolean krx300(boolean kospi, int rank) {
        return member(rank, kospi ? 240 : 60);
    }

    private static boolean member(int rank, int size) {
        return rank > 0 && rank <= size;
    }

    private static LocalDate previousQuarterEnd(LocalDate date) {
        int quarterStartMonth = (date.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(date.getYear(), quarterStartMonth, 1).minusDays(1);
    }
}
