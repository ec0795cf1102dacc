package io.stockobserver.sandbox.ws;

import java.util.Optional;
import java.util.regex.Pattern;

/** The real-time TRs the sandbox serves; both take a 6-digit stock code as tr_key. */
enum SupportedTr {
    /** 국내주식 실시간체결가 (KRX), 46 fields per record. */
    H0STCNT0,
    /** 국내주식 실시간호가 (KRX), 59 or 62 fields per record. */
    H0STASP0;

    private static final Pattern STOCK_CODE = Pattern.compile("\\d{6}");

    static Optional<SupportedTr> of(String trId) {
        for (SupportedTr tr : values()) {
            if (tr.name().equals(trId)) {
                return Optional.of(tr);
            }
        }
        return Optional.empty();
    }

    boolean acceptsKey(String trKey) {
        return trKey != null && STOCK_CODE.matcher(trKey).matches();
    }
}
