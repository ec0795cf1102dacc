package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.auth.AccessToken;
import io.stockobserver.sandbox.auth.AccessTokenIssuer;
import io.stockobserver.sandbox.auth.AuthRefusal;
import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.stats.SandboxCounters;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.Objects;

/**
 * 접근토큰발급 — POST /oauth2/tokenP (KIS facts §2.1). Body {grant_type, appkey, appsecret}; reply HTTP 200 bare JSON
 * {access_token, access_token_token_expired, token_type, expires_in}. Too soon: HTTP 403 EGW00133 in the OAuth
 * envelope. A missing field: HTTP 403, the sandbox's own code SBXA0001.
 */
public final class TokenEndpoint implements RestEndpoint {

    /** The path. */
    public static final String PATH = "/oauth2/tokenP";

    private final AccessTokenIssuer issuer;
    private final SandboxCounters counters;

    /** Creates the endpoint. */
    public TokenEndpoint(AccessTokenIssuer issuer, SandboxCounters counters) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public RestReply handle(RestRequest request) {
        try {
            OAuthRequestBody body = OAuthRequestBody.parse(request).requireClientCredentials();
            String appkey = body.required("appkey");
            body.required("appsecret");
            AccessTokenIssuer.Grant grant = issuer.issue(appkey);
            if (!grant.reused()) {
                counters.tokenIssued();
            }
            return RestReply.json(200, reply(grant.token()));
        } catch (AuthRefusal refusal) {
            if (refusal.reason() == AuthRefusal.Reason.TOKEN_TOO_SOON) {
                counters.tokenRefused();
                return RestReply.json(403, Envelopes.oauthError("EGW00133", refusal.getMessage()));
            }
            return RestReply.json(403, Envelopes.oauthError(SandboxCodes.BAD_OAUTH_REQUEST, refusal.getMessage()));
        }
    }

    private ObjectNode reply(AccessToken token) {
        return KisJson.object()
                .put("access_token", token.value())
                .put("access_token_token_expired", KoreanTime.dateTime(token.expiresAt()))
                .put("token_type", "Bearer")
                .put("expires_in", token.secondsLeftAt(issuer.now()));
    }
}
