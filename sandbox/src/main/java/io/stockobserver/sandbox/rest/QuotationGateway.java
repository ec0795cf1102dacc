package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.auth.AccessToken;
import io.stockobserver.sandbox.auth.AccessTokenIssuer;
import io.stockobserver.sandbox.auth.AuthRefusal;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.util.Locale;
import java.util.Objects;

/**
 * The checks KIS's gateway applies to every quotation call, in this order: bearer token (EGW00121 unknown, EGW00123
 * expired), appkey/appsecret headers, the per-appkey call rate (EGW00201), then the tr_id of the path.
 */
public final class QuotationGateway {

    /** HTTP status of EGW00121; KIS's is not public, a third-party mock used 401. */
    static final int INVALID_TOKEN_STATUS = 401;

    private static final String BEARER = "bearer ";

    private final AccessTokenIssuer tokens;
    private final CallRateLimiter rateLimiter;
    private final int rateLimitStatus;
    private final int expiredTokenStatus;
    private final SandboxCounters counters;

    /**
     * Creates the gateway.
     *
     * @param tokens the issuer that checks bearer tokens
     * @param callsPerSecond admitted calls per appkey in any one-second window
     * @param rateLimitStatus HTTP status of EGW00201 replies
     * @param expiredTokenStatus HTTP status of EGW00123 replies
     * @param counters where refusals are counted
     */
    public QuotationGateway(
            AccessTokenIssuer tokens,
            int callsPerSecond,
            int rateLimitStatus,
            int expiredTokenStatus,
            SandboxCounters counters) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.rateLimiter = new CallRateLimiter(callsPerSecond, System::nanoTime);
        this.rateLimitStatus = rateLimitStatus;
        this.expiredTokenStatus = expiredTokenStatus;
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /** Admits a call to the TR {@code trId}, or says why not. */
    AccessToken admit(RestRequest request, String trId) throws GatewayRefusal {
        AccessToken token = authenticate(request);
        String appkey = request.header("appkey").orElse("");
        if (!appkey.equals(token.appkey())
                || request.header("appsecret").orElse("").isBlank()) {
            throw new GatewayRefusal(
                    403,
                    SandboxCodes.BAD_CREDENTIAL_HEADERS,
                    "appkey and appsecret headers are required and appkey must be the token's (sandbox)");
        }
        if (!rateLimiter.tryAcquire(token.appkey())) {
            counters.rateLimitRefused();
            throw new GatewayRefusal(rateLimitStatus, "EGW00201", "초당 거래건수를 초과하였습니다.");
        }
        String sentTrId = request.header("tr_id").orElse("");
        if (!sentTrId.equals(trId)) {
            throw new GatewayRefusal(
                    400,
                    SandboxCodes.WRONG_TR_ID,
                    "tr_id '" + sentTrId + "' is not valid for " + request.path() + "; expected " + trId
                            + " (sandbox)");
        }
        return token;
    }

    private AccessToken authenticate(RestRequest request) throws GatewayRefusal {
        String authorization = request.header("authorization").orElse("");
        String value = authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)
                ? authorization.substring(BEARER.length()).trim()
                : null;
        try {
            return tokens.verify(value);
        } catch (AuthRefusal refusal) {
            if (refusal.reason() == AuthRefusal.Reason.EXPIRED_TOKEN) {
                counters.expiredTokenRefused();
                throw new GatewayRefusal(expiredTokenStatus, "EGW00123", refusal.getMessage());
            }
            counters.invalidTokenRefused();
            throw new GatewayRefusal(INVALID_TOKEN_STATUS, "EGW00121", refusal.getMessage());
        }
    }
}
