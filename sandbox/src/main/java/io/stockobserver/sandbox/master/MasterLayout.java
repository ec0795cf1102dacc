package io.stockobserver.sandbox.master;

import io.stockobserver.sandbox.market.MarketKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed-width tail of a master record: field names and widths exactly as the official parsers
 * ({@code stocks_info/kis_kospi_code_mst.py}, {@code kis_kosdaq_code_mst.py}) list them (KIS facts §8).
 */
public enum MasterLayout {
    /** kospi_code.mst: 70 fields, 227 characters. */
    KOSPI(
            MarketKind.KOSPI,
            "kospi_code.mst",
            List.of(
                    "그룹코드:2",
                    "시가총액규모:1",
                    "지수업종대분류:4",
                    "지수업종중분류:4",
                    "지수업종소분류:4",
                    "제조업:1",
                    "저유동성:1",
                    "지배구조지수종목:1",
                    "KOSPI200섹터업종:1",
                    "KOSPI100:1",
                    "KOSPI50:1",
                    "KRX:1",
                    "ETP:1",
                    "ELW발행:1",
                    "KRX100:1",
                    "KRX자동차:1",
                    "KRX반도체:1",
                    "KRX바이오:1",
                    "KRX은행:1",
                    "SPAC:1",
                    "KRX에너지화학:1",
                    "KRX철강:1",
                    "단기과열:1",
                    "KRX미디어통신:1",
                    "KRX건설:1",
                    "Non1:1",
                    "KRX증권:1",
                    "KRX선박:1",
                    "KRX섹터_보험:1",
                    "KRX섹터_운송:1",
                    "SRI:1",
                    "기준가:9",
                    "매매수량단위:5",
                    "시간외수량단위:5",
                    "거래정지:1",
                    "정리매매:1",
                    "관리종목:1",
                    "시장경고:2",
                    "경고예고:1",
                    "불성실공시:1",
                    "우회상장:1",
                    "락구분:2",
                    "액면변경:2",
                    "증자구분:2",
                    "증거금비율:3",
                    "신용가능:1",
                    "신용기간:3",
                    "전일거래량:12",
                    "액면가:12",
                    "상장일자:8",
                    "상장주수:15",
                    "자본금:21",
                    "결산월:2",
                    "공모가:7",
                    "우선주:1",
                    "공매도과열:1",
                    "이상급등:1",
                    "KRX300:1",
                    "KOSPI:1",
                    "매출액:9",
                    "영업이익:9",
                    "경상이익:9",
                    "당기순이익:5",
                    "ROE:9",
                    "기준년월:8",
                    "시가총액:9",
                    "그룹사코드:3",
                    "회사신용한도초과:1",
                    "담보대출가능:1",
                    "대주가능:1")),
    /** kosdaq_code.mst: 64 fields, 221 characters. */
    KOSDAQ(
            MarketKind.KOSDAQ,
            "kosdaq_code.mst",
            List.of(
                    "그룹코드:2",
                    "시가총액규모:1",
                    "지수업종대분류:4",
                    "지수업종중분류:4",
                    "지수업종소분류:4",
                    "벤처기업:1",
                    "저유동성:1",
                    "KRX:1",
                    "ETP:1",
                    "KRX100:1",
                    "KRX자동차:1",
                    "KRX반도체:1",
                    "KRX바이오:1",
                    "KRX은행:1",
                    "SPAC:1",
                    "KRX에너지화학:1",
                    "KRX철강:1",
                    "단기과열:1",
                    "KRX미디어통신:1",
                    "KRX건설:1",
                    "투자주의환기:1",
                    "KRX증권:1",
                    "KRX선박:1",
                    "KRX섹터_보험:1",
                    "KRX섹터_운송:1",
                    "KOSDAQ150:1",
                    "기준가:9",
                    "매매수량단위:5",
                    "시간외수량단위:5",
                    "거래정지:1",
                    "정리매매:1",
                    "관리종목:1",
                    "시장경고:2",
                    "경고예고:1",
                    "불성실공시:1",
                    "우회상장:1",
                    "락구분:2",
                    "액면변경:2",
                    "증자구분:2",
                    "증거금비율:3",
                    "신용가능:1",
                    "신용기간:3",
                    "전일거래량:12",
                    "액면가:12",
                    "상장일자:8",
                    "상장주수:15",
                    "자본금:21",
                    "결산월:2",
                    "공모가:7",
                    "우선주:1",
                    "공매도과열:1",
                    "이상급등:1",
                    "KRX300:1",
                    "매출액:9",
                    "영업이익:9",
                    "경상이익:9",
                    "당기순이익:5",
                    "ROE:9",
                    "기준년월:8",
                    "시가총액:9",
                    "그룹사코드:3",
                    "회사신용한도초과:1",
                    "담보대출가능:1",
                    "대주가능:1"));

    private final MarketKind market;
    private final String fileName;
    private final Map<String, Integer> widths;
    private final int tailLength;

    MasterLayout(MarketKind market, String fileName, List<String> fields) {
        this.market = market;
        this.fileName = fileName;
        Map<String, Integer> byName = new LinkedHashMap<>();
        int length = 0;
        for (String field : fields) {
            int colon = field.lastIndexOf(':');
            int width = Integer.parseInt(field.substring(colon + 1));
            byName.put(field.substring(0, colon), width);
            length += width;
        }
        this.widths = Collections.unmodifiableMap(byName);
        this.tailLength = length;
    }

    /** Returns the layout of a market's file. */
    public static MasterLayout of(MarketKind market) {
        return market == MarketKind.KOSPI ? KOSPI : KOSDAQ;
    }

    /** Returns the market whose listings the file holds. */
    public MarketKind market() {
        return market;
    }

    /** Returns the name of the file inside the zip, e.g. kospi_code.mst. */
    public String fileName() {
        return fileName;
    }

    /** Returns the name of the download, e.g. kospi_code.mst.zip. */
    public String zipName() {
        return fileName + ".zip";
    }

    /** Returns the field names in record order. */
    public List<String> fieldNames() {
        return new ArrayList<>(widths.keySet());
    }

    /** Returns a field's width, or throws for a name the layout does not have. */
    public int width(String field) {
        Integer width = widths.get(field);
        if (width == null) {
            throw new IllegalArgumentException(this + " master has no field " + field);
        }
        return width;
    }

    /** Returns whether the layout has a field. */
    public boolean has(String field) {
        return widths.containsKey(field);
    }

    /** Returns the tail length: 227 for KOSPI, 221 for KOSDAQ. */
    public int tailLength() {
        return tailLength;
    }
}
