package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.auth.AccessToken;
import io.stockobserver.sandbox.auth.AccessTokenIssuer;
import io.stockobserver.sandbox.auth.AuthRefusal;
import io.stockobserver.sandbox.fault.FaultPlan;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The checks KIS's gateway applies to every quotation call, in this order: bearer token (EGW00121 unknown, EGW00123
 * expired), appkey/appsecret headers, the per-appkey call rate (EGW00201), then the tr_id of the path. Before those,
 * it applies the injected faults of a {@link FaultPlan} (slow answer, HTTP 500 failure page, EGW00201 burst).
 */
public final class QuotationGateway {

    /** HTTP status of EGW00121; KIS's is not public, a third-party mock used 401. */
    static final int INVALID_TOKEN_STATUS = 401;

    private static final String BEARER = "bearer ";

    private final AccessTokenIssuer tokens;
    private final CallRateLimiter rateLimiter;
    private final int rateLimitStatus;
    private final int expiredTokenStatus;
    private final boolean paperVenue;
    private final FaultPlan faults;
    private final SandboxCounters counters;

    /**
     * Creates the gateway of a real-venue sandbox without fault injection.
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
        this(tokens, callsPerSecond, rateLimitStatus, expiredTokenStatus, false, new FaultPlan(), counters);
    }

    /**
     * Creates the gateway.
     *
     * @param tokens the issuer that checks bearer tokens
     * @param callsPerSecond admitted calls per appkey in any one-second window
     * @param rateLimitStatus HTTP status of EGW00201 replies
     * @param expiredTokenStatus HTTP status of EGW00123 replies
     * @param paperVenue whether the sandbox plays the paper (모의투자) venue
     * @param faults the faults to inject
     * @param counters where refusals and injected faults are counted
     */
    public QuotationGateway(
            AccessTokenIssuer tokens,
            int callsPerSecond,
            int rateLimitStatus,
            int expiredTokenStatus,
            boolean paperVenue,
            FaultPlan faults,
            SandboxCounters counters) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.rateLimiter = new CallRateLimiter(callsPerSecond, System::nanoTime);
        this.rateLimitStatus = rateLimitStatus;
        this.expiredTokenStatus = expiredTokenStatus;
        this.paperVenue = paperVenue;
        this.faults = Objects.requireNonNull(faults, "faults");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /** Returns whether the sandbox plays the paper venue. */
    boolean paperVenue() {
        return paperVenue;
    }

    /**
     * Applies the pending injected faults to one call: first waits out a slow response, then reports a server
     * failure (true: answer with the failure page) or refuses the call with EGW00201 as the rate limit would.
     *
     * @return whether the call fails as a broken gateway would
     * @throws GatewayRefusal for an injected rate-limit refusal
     */
    boolean failsByInjection() throws GatewayRefusal {
        Duration delay = faults.takeSlowResponse();
        if (!delay.isZero()) {
            counters.injectedSlowResponse();
            pause(delay);
        }
        if (faults.takeServerError()) {
            counters.injectedServerError();
            return true;
        }
        if (faults.takeRateLimitRefusal()) {
            counters.rateLimitRefused();
            counters.injectedRateLimitRefusal();
            throw rateLimitRefusal();
        }
        return false;
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
            throw rateLimitRefusal();
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

    private GatewayRefusal rateLimitRefusal() {
        return new GatewayRefusal(rateLimitStatus, "EGW00201", "초당 거래건수를 초과하였습니다.");
    }

    /** Holds the worker thread, as a slow backend would; an interrupt (shutdown) ends the wait early. */
    private static void pause(Duration delay) {
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
