package io.stockobserver.sandbox.ws;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.wire.KisJson;
import java.io.IOException;

/** Reads client text messages: PINGPONG echoes and registration requests. */
final class ClientMessageParser {

    private static final String PINGPONG = "PINGPONG";

    private ClientMessageParser() {}

    static ClientMessage parse(String text) throws RequestParseException {
        JsonNode root;
        try {
            root = KisJson.parse(text);
        } catch (IOException e) {
            throw new RequestParseException("header not found", null, null);
        }
        JsonNode header = root == null ? null : root.get("header");
        if (header == null || !header.isObject()) {
            throw new RequestParseException("header not found", null, null);
        }
        if (PINGPONG.equals(KisJson.text(header, "tr_id"))) {
            return new ClientMessage.PingPongEcho();
        }
        JsonNode input = root.path("body").path("input");
        if (!input.isObject()) {
            throw new RequestParseException("input not found", null, null);
        }
        String trId = KisJson.text(input, "tr_id");
        String trKey = KisJson.text(input, "tr_key");
        if (trId == null || trId.isBlank()) {
            throw new RequestParseException("invalid tr_id", trId, trKey);
        }
        String trType = KisJson.text(header, "tr_type");
        if (!"1".equals(trType) && !"2".equals(trType)) {
            throw new RequestParseException("invalid tr_type", trId, trKey);
        }
        return new RegistrationRequest(
                KisJson.text(header, "approval_key"), "1".equals(trType), trId, trKey == null ? "" : trKey);
    }
}
