package io.stockobserver.provider.kis;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/**
 * Obtains the WebSocket approval key ({@code POST /oauth2/Approval}, sent to the REST host). The key is used only to
 * open a session, so one is fetched per connection attempt; KIS limits issuance to one per second.
 */
public final class ApprovalKeyClient {
    private final KisSettings settings;
    private final HttpClient http;

    public ApprovalKeyClient(KisSettings settings, HttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    /** A fresh approval key; never logged. */
    public String approvalKey() throws KisApiException, InterruptedException {
        String body = KisJson.MAPPER
                .createObjectNode()
                .put("grant_type", "client_credentials")
                .put("appkey", settings.credentials().appKey())
                .put("secretkey", settings.credentials().appSecret())
                .toString();
        HttpRequest request = HttpRequest.newBuilder(settings.restUrl().resolve("/oauth2/Approval"))
                .timeout(settings.httpTimeout())
                .header("content-type", "application/json; utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        JsonNode json = AccessTokenManager.send(http, request, "Approval");
        String key = KisJson.text(json, "approval_key");
        if (key == null || key.isBlank()) {
            throw new KisApiException(200, "NO_APPROVAL_KEY", "Approval answered without approval_key");
        }
        if (!AccessTokenManager.isCredentialText(key)) {
            throw new KisApiException(
                    200,
                    "BAD_APPROVAL_KEY",
                    "Approval answered a key of " + key.length() + " chars that is not key text");
        }
        return key;
    }
}
