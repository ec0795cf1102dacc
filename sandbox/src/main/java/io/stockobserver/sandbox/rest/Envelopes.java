package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.Map;

/**
 * The two reply envelopes of KIS REST: quotation replies {@code output, rt_cd, msg_cd, msg1} (in that key order, as
 * captured) and OAuth-style errors {@code error_description, error_code} (as tokenP's EGW00133 shows).
 */
final class Envelopes {

    /** KIS success code of inquire-price. */
    static final String SUCCESS_CODE = "MCA00000";
    /** KIS success text of inquire-price. */
    static final String SUCCESS_MESSAGE = "정상처리 되었습니다.";

    private Envelopes() {}

    static ObjectNode success(JsonNode output) {
        return success(output, Map.of());
    }

    /** A success envelope with fields before {@code output} (chk-holiday's ctx_area_nk, ctx_area_fk). */
    static ObjectNode success(JsonNode output, Map<String, String> leadingFields) {
        ObjectNode body = KisJson.object();
        leadingFields.forEach(body::put);
        body.set("output", output);
        return body.put("rt_cd", "0").put("msg_cd", SUCCESS_CODE).put("msg1", SUCCESS_MESSAGE);
    }

    static ObjectNode failure(String msgCd, String msg1) {
        return KisJson.object().put("rt_cd", "1").put("msg_cd", msgCd).put("msg1", msg1);
    }

    static ObjectNode oauthError(String errorCode, String description) {
        return KisJson.object().put("error_description", description).put("error_code", errorCode);
    }
}
