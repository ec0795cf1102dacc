package io.stockobserver.provider.kis;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fixed-width tail of a KIS master-file record: the published width lists and where the fields the universe
 * needs sit in them. Source: KIS_API_FACTS §8, which copies the {@code field_specs} of the official parsers
 * {@code stocks_info/kis_kospi_code_mst.py} (70 fields, 227 characters) and {@code kis_kosdaq_code_mst.py}
 * (64 fields, 221 characters) of koreainvestment/open-trading-api.
 */
final class MasterLayout {

    /** KOSPI tail widths, KIS_API_FACTS §8 ({@code kis_kospi_code_mst.py field_specs}): 70 fields, sum 227. */
    private static final int[] KOSPI_WIDTHS = {
        2, 1, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 5, 5, 1, 1, 1,
        2, 1, 1, 1, 2, 2, 2, 3, 1, 3, 12, 12, 8, 15, 21, 2, 7, 1, 1, 1, 1, 1, 9, 9, 9, 5, 9, 8, 9, 3, 1, 1, 1
    };

    /** KOSDAQ tail widths, KIS_API_FACTS §8 ({@code kis_kosdaq_code_mst.py field_specs}): 64 fields, sum 221. */
    private static final int[] KOSDAQ_WIDTHS = {
        2, 1, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 5, 5, 1, 1, 1, 2, 1, 1, 1, 2,
        2, 2, 3, 1, 3, 12, 12, 8, 15, 21, 2, 7, 1, 1, 1, 1, 9, 9, 9, 5, 9, 8, 9, 3, 1, 1, 1
    };

    /** The tail fields the universe reads, with the Korean names the official parsers give them. */
    enum Field {
        GROUP_CODE("그룹코드"),
        SPAC("SPAC"),
        BASE_PRICE("기준가"),
        HALTED("거래정지"),
        ADMINISTRATIVE("관리종목"),
        MARKET_WARNING("시장경고"),
        PREVIOUS_VOLUME("전일거래량"),
        PAR_VALUE("액면가"),
        LISTING_DATE("상장일자"),
        LISTED_SHARES("상장주수(천)"),
        PREFERRED("우선주"),
        MARKET_CAP("시가총액(억)");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        /** The field as named in error messages: Korean name and constant, e.g. {@code 기준가 (BASE_PRICE)}. */
        String label() {
            return label + " (" + name() + ")";
        }
    }

    /** Field indexes in the KOSPI width list (offsets in KIS_API_FACTS §8: 기준가 41+9, 거래정지 60+1, …). */
    static final MasterLayout KOSPI =
            new MasterLayout(KOSPI_WIDTHS, indexes(0, 19, 31, 34, 36, 37, 47, 48, 49, 50, 54, 65));

    /** Field indexes in the KOSDAQ width list (offsets in KIS_API_FACTS §8: 기준가 36+9, 거래정지 55+1, …). */
    static final MasterLayout KOSDAQ =
            new MasterLayout(KOSDAQ_WIDTHS, indexes(0, 14, 26, 29, 31, 32, 42, 43, 44, 45, 49, 59));

    private final int[] widths;
    private final int[] offsets;
    private final Map<Field, Integer> indexes;
    private final int tailLength;

    private MasterLayout(int[] widths, Map<Field, Integer> indexes) {
        this.widths = widths.clone();
        this.offsets = new int[widths.length];
        int offset = 0;
        for (int i = 0; i < widths.length; i++) {
            offsets[i] = offset;
            offset += widths[i];
        }
        this.tailLength = offset;
        this.indexes = indexes;
    }

    /** Indexes in {@link Field} declaration order. */
    private static Map<Field, Integer> indexes(int... inOrder) {
        Map<Field, Integer> map = new EnumMap<>(Field.class);
        Field[] fields = Field.values();
        for (int i = 0; i < fields.length; i++) {
            map.put(fields[i], inOrder[i]);
        }
        return map;
    }

    int tailLength() {
        return tailLength;
    }

    /** A copy of the published width list. */
    int[] widths() {
        return widths.clone();
    }

    /** Start of {@code field} within the tail. */
    int offset(Field field) {
        return offsets[indexes.get(field)];
    }

    /** Width of {@code field}. */
    int width(Field field) {
        return widths[indexes.get(field)];
    }

    /** The raw (unstripped) text of {@code field} in a tail of exactly {@link #tailLength()} characters. */
    String field(String tail, Field field) {
        int start = offset(field);
        return tail.substring(start, start + width(field));
    }

    @Override
    public String toString() {
        return "MasterLayout" + Arrays.toString(widths);
    }
}
