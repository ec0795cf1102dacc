package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.auth.AccessTokenIssuer;
import io.stockobserver.sandbox.auth.AuthRefusal;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.Objects;

/**
 * 접근토큰폐기 — POST /oauth2/revokeP (KIS facts §2.2). Body {appkey, appsecret, token}; reply {"code":"200",
 * "message":"접근토큰 폐기에 성공하였습니다."}. An unknown token: HTTP 401 EGW00121 in the OAuth envelope.
 */
public final class RevokeEndpoint implements RestEndpoint {

    /** The path. */
    public static final String PATH = "/oauth2/revokeP";

    private final AccessTokenIssuer issuer;

    /** Creates the endpoint. */
    public RevokeEndpoint(AccessTokenIssuer issuer) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
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
            OAuthRequestBody body = OAuthRequestBody.parse(request);
            String appkey = body.required("appkey");
            body.required("appsecret");
            String token = body.required("token");
            if (!issuer.revoke(token, appkey)) {
                return RestReply.json(
                        QuotationGateway.INVALID_TOKEN_STATUS, Envelopes.oauthError("EGW00121", "유효하지 않은 token 입니다."));
            }
            return RestReply.json(200, KisJson.object().put("code", "200").put("message", "접근토큰 폐기에 성공하였습니다."));
        } catch (AuthRefusal refusal) {
            return RestReply.json(403, Envelopes.oauthError(SandboxCodes.BAD_OAUTH_REQUEST, refusal.getMessage()));
        }
    }
}
