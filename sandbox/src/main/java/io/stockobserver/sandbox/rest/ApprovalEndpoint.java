package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.auth.ApprovalKeyIssuer;
import io.stockobserver.sandbox.auth.AuthRefusal;
import io.stockobserver.sandbox.stats.SandboxCounters;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.Objects;

/**
 * 실시간 (웹소켓) 접속키 발급 — POST /oauth2/Approval (KIS facts §2.3). Body {grant_type, appkey, secretkey}; reply
 * {"approval_key": uuid}. Faster than the per-appkey interval: HTTP 403 with the sandbox's own code SBXA0002 (KIS
 * limits issuance to one per second but its refusal is not public).
 */
public final class ApprovalEndpoint implements RestEndpoint {

    /** The path. */
    public static final String PATH = "/oauth2/Approval";

    private final ApprovalKeyIssuer issuer;
    private final SandboxCounters counters;

    /** Creates the endpoint. */
    public ApprovalEndpoint(ApprovalKeyIssuer issuer, SandboxCounters counters) {
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
            body.required("secretkey");
            String key = issuer.issue(appkey);
            counters.approvalKeyIssued();
            return RestReply.json(200, KisJson.object().put("approval_key", key));
        } catch (AuthRefusal refusal) {
            String code = refusal.reason() == AuthRefusal.Reason.APPROVAL_TOO_SOON
                    ? SandboxCodes.APPROVAL_TOO_SOON
                    : SandboxCodes.BAD_OAUTH_REQUEST;
            if (refusal.reason() == AuthRefusal.Reason.APPROVAL_TOO_SOON) {
                counters.approvalRefused();
            }
            return RestReply.json(403, Envelopes.oauthError(code, refusal.getMessage()));
        }
    }
}
