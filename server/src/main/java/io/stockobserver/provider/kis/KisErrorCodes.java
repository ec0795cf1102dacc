package io.stockobserver.provider.kis;

/** The KIS error codes the adapter reacts to (KIS_API_FACTS §3.4). */
public final class KisErrorCodes {
    /** 초당 거래건수를 초과하였습니다 — per-second REST limit exceeded. */
    public static final String RATE_LIMIT = "EGW00201";
    /** 기간이 만료된 token 입니다 — expired access token. */
    public static final String EXPIRED_TOKEN = "EGW00123";
    /** 유효하지 않은 token 입니다 — invalid access token. */
    public static final String INVALID_TOKEN = "EGW00121";
    /** 접근토큰 발급 잠시 후 다시 시도하세요 — token re-issued too often. */
    public static final String TOKEN_REISSUE_TOO_SOON = "EGW00133";

    private KisErrorCodes() {}
}
