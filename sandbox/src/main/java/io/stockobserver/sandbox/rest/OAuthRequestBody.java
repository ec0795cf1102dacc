package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.auth.AuthRefusal;
import io.stockobserver.sandbox.wire.KisJson;
import java.io.IOException;

/** The JSON body of an OAuth call, with the sandbox's checks of required fields. */
final class OAuthRequestBody {

    private static final String CLIENT_CREDENTIALS = "client_credentials";

    private final JsonNode body;

    private OAuthRequestBody(JsonNode body) {
        this.body = body;
    }

    /** Parses a body that must be a JSON object. */
    static OAuthRequestBody parse(RestRequest request) throws AuthRefusal {
        try {
            JsonNode body = KisJson.parse(request.body());
            if (body == null || !body.isObject()) {
                throw new AuthRefusal(AuthRefusal.Reason.BAD_REQUEST, "request body must be a JSON object (sandbox)");
            }
            return new OAuthRequestBody(body);
        } catch (IOException e) {
            throw new AuthRefusal(AuthRefusal.Reason.BAD_REQUEST, "request body is not valid JSON (sandbox)");
        }
    }

    /** Checks grant_type is "client_credentials". */
    OAuthRequestBody requireClientCredentials() throws AuthRefusal {
        String grantType = required("grant_type");
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            throw new AuthRefusal(AuthRefusal.Reason.BAD_REQUEST, "grant_type must be client_credentials (sandbox)");
        }
        return this;
    }

    /** Returns a non-blank text field. */
    String required(String field) throws AuthRefusal {
        String value = KisJson.text(body, field);
        if (value == null || value.isBlank()) {
            throw new AuthRefusal(AuthRefusal.Reason.BAD_REQUEST, "missing required field: " + field + " (sandbox)");
        }
        return value;
    }
}
