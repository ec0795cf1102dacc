package io.stockobserver.sandbox.market;

/** The KRX 시장경고 designation of a listing (master files §8; inquire-price mrkt_warn_cls_code §4.1). */
public enum MarketWarning {
    /** No designation. */
    NONE("00"),
    /** 투자주의. */
    CAUTION("01"),
    /** 투자경고. */
    WARNING("02"),
    /** 투자위험. */
    RISK("03");

    private final String code;

    MarketWarning(String code) {
        this.code = code;
    }

    /** Returns the two-digit KRX code, 00 to 03. */
    public String code() {
        return code;
    }
}
