package io.stockobserver.provider.kis;

/** Field names of H0STCNT0 (체결가) records, in wire order (KIS_API_FACTS §6.1), and the indexes the observer maps. */
public final class KisTradeLayout {
    public static final String[] NAMES = {
        "MKSC_SHRN_ISCD",
        "STCK_CNTG_HOUR",
        "STCK_PRPR",
        "PRDY_VRSS_SIGN",
        "PRDY_VRSS",
        "PRDY_CTRT",
        "WGHN_AVRG_STCK_PRC",
        "STCK_OPRC",
        "STCK_HGPR",
        "STCK_LWPR",
        "ASKP1",
        "BIDP1",
        "CNTG_VOL",
        "ACML_VOL",
        "ACML_TR_PBMN",
        "SELN_CNTG_CSNU",
        "SHNU_CNTG_CSNU",
        "NTBY_CNTG_CSNU",
        "CTTR",
        "SELN_CNTG_SMTN",
        "SHNU_CNTG_SMTN",
        "CCLD_DVSN",
        "SHNU_RATE",
        "PRDY_VOL_VRSS_ACML_VOL_RATE",
        "OPRC_HOUR",
        "OPRC_VRSS_PRPR_SIGN",
        "OPRC_VRSS_PRPR",
        "HGPR_HOUR",
        "HGPR_VRSS_PRPR_SIGN",
        "HGPR_VRSS_PRPR",
        "LWPR_HOUR",
        "LWPR_VRSS_PRPR_SIGN",
        "LWPR_VRSS_PRPR",
        "BSOP_DATE",
        "NEW_MKOP_CLS_CODE",
        "TRHT_YN",
        "ASKP_RSQN1",
        "BIDP_RSQN1",
        "TOTAL_ASKP_RSQN",
        "TOTAL_BIDP_RSQN",
        "VOL_TNRT",
        "PRDY_SMNS_HOUR_ACML_VOL",
        "PRDY_SMNS_HOUR_ACML_VOL_RATE",
        "HOUR_CLS_CODE",
        "MRKT_TRTM_CLS_CODE",
        "VI_STND_PRC"
    };

    public static final int SYMBOL = 0;
    public static final int TIME = 1;
    public static final int PRICE = 2;
    public static final int CHANGE = 4;
    public static final int CHANGE_RATE = 5;
    public static final int OPEN = 7;
    public static final int HIGH = 8;
    public static final int LOW = 9;
    public static final int ASK1 = 10;
    public static final int BID1 = 11;
    public static final int SIZE = 12;
    public static final int VOLUME = 13;
    public static final int TURNOVER = 14;
    public static final int DATE = 33;
    public static final int ASK1_SIZE = 36;
    public static final int BID1_SIZE = 37;

    /** Indexes that become normalized fields; every other field goes to {@code provider_specific}. */
    public static final boolean[] NORMALIZED = new boolean[NAMES.length];

    static {
        for (int i : new int[] {
            SYMBOL,
            PRICE,
            CHANGE,
            CHANGE_RATE,
            OPEN,
            HIGH,
            LOW,
            ASK1,
            BID1,
            SIZE,
            VOLUME,
            TURNOVER,
            ASK1_SIZE,
            BID1_SIZE
        }) {
            NORMALIZED[i] = true;
        }
    }

    /** H0STASP0 (호가) indexes: best ask/bid and their sizes, and the quote time. */
    public static final int BOOK_TIME = 1;

    public static final int BOOK_ASK1 = 3;
    public static final int BOOK_BID1 = 13;
    public static final int BOOK_ASK1_SIZE = 23;
    public static final int BOOK_BID1_SIZE = 33;

    private KisTradeLayout() {}
}
