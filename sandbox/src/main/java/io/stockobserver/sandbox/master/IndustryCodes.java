package io.stockobserver.sandbox.master;

import java.util.Map;

/**
 * The master files' industry fields for a listing's sector: KRX 지수업종 대분류/중분류 (KOSPI 0027 제조업 / 0013 전기전자
 * as in 삼성전자's real record), the KOSPI200 sector letter and the KRX sector index flag. KOSPI codes follow KRX's
 * industry indices; KOSDAQ codes and sector letters are illustrative (sandbox choice).
 *
 * @param kospiLarge KOSPI 대분류
 * @param kospiMiddle KOSPI 중분류
 * @param kosdaqLarge KOSDAQ 대분류
 * @param kosdaqMiddle KOSDAQ 중분류
 * @param kospi200Sector KOSPI200 sector letter of members
 * @param krxSectorFlag the KRX sector index flag field the sector belongs to, or "" for none
 */
record IndustryCodes(
        String kospiLarge,
        String kospiMiddle,
        String kosdaqLarge,
        String kosdaqMiddle,
        String kospi200Sector,
        String krxSectorFlag) {

    /** Codes of ETFs and other funds: none. */
    static final IndustryCodes NONE = new IndustryCodes("0000", "0000", "0000", "0000", "0", "");

    private static final IndustryCodes OTHER = manufacturing("0000", "0000", "9", "");

    private static final Map<String, IndustryCodes> BY_SECTOR = Map.ofEntries(
            Map.entry("전기·전자", manufacturing("0013", "1028", "5", "KRX반도체")),
            Map.entry("일반전기전자", manufacturing("0013", "1028", "5", "")),
            Map.entry("반도체", manufacturing("0013", "1027", "5", "KRX반도체")),
            Map.entry("화학", manufacturing("0008", "1022", "4", "KRX에너지화학")),
            Map.entry("의약품", manufacturing("0009", "1031", "A", "KRX바이오")),
            Map.entry("제약", manufacturing("0009", "1031", "A", "KRX바이오")),
            Map.entry("철강·금속", manufacturing("0011", "1025", "3", "KRX철강")),
            Map.entry("기계", manufacturing("0012", "1026", "2", "KRX선박")),
            Map.entry("운수장비", manufacturing("0015", "1029", "8", "KRX자동차")),
            Map.entry("음식료품", manufacturing("0005", "1017", "7", "")),
            Map.entry("섬유·의복", manufacturing("0006", "1018", "7", "")),
            Map.entry("종이·목재", manufacturing("0007", "1019", "3", "")),
            Map.entry("의료정밀", manufacturing("0014", "1030", "A", "")),
            Map.entry("제조", OTHER),
            Map.entry("전기·가스업", nonManufacturing("0017", "1006", "4", "KRX에너지화학")),
            Map.entry("건설업", nonManufacturing("0018", "1010", "1", "KRX건설")),
            Map.entry("유통업", nonManufacturing("0016", "1011", "8", "")),
            Map.entry("운수창고업", nonManufacturing("0019", "1013", "9", "KRX섹터_운송")),
            Map.entry("통신업", nonManufacturing("0020", "1012", "B", "KRX미디어통신")),
            Map.entry("금융업", nonManufacturing("0021", "1014", "6", "KRX은행")),
            Map.entry("금융", nonManufacturing("0021", "1014", "6", "")),
            Map.entry("증권", new IndustryCodes("0021", "0024", "1014", "0000", "6", "KRX증권")),
            Map.entry("보험", new IndustryCodes("0021", "0025", "1014", "0000", "6", "KRX섹터_보험")),
            Map.entry("서비스업", nonManufacturing("0026", "1012", "5", "")),
            Map.entry("IT 서비스", nonManufacturing("0026", "1012", "5", "")),
            Map.entry("소프트웨어", nonManufacturing("0026", "1012", "5", "")),
            Map.entry("디지털컨텐츠", nonManufacturing("0026", "1012", "B", "KRX미디어통신")),
            Map.entry("오락·문화", nonManufacturing("0026", "1015", "B", "KRX미디어통신")),
            Map.entry("부동산", nonManufacturing("0026", "1015", "9", "")));

    /** Returns the codes of a sector; unknown sectors are filed under manufacturing without a middle class. */
    static IndustryCodes of(String sector) {
        return BY_SECTOR.getOrDefault(sector, OTHER);
    }

    private static IndustryCodes manufacturing(String kospiMiddle, String kosdaqMiddle, String k200, String flag) {
        return new IndustryCodes("0027", kospiMiddle, "1009", kosdaqMiddle, k200, flag);
    }

    private static IndustryCodes nonManufacturing(String kospiLarge, String kosdaqLarge, String k200, String flag) {
        return new IndustryCodes(kospiLarge, "0000", kosdaqLarge, "0000", k200, flag);
    }
}
