package io.stockobserver.sandbox.upbit.ws;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.wire.KisJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one client message, a JSON array {@code [{ticket}, {type…}…, {format}?]} (PROVIDERS_FACTS §1.3), checking
 * in this order: JSON array of objects (WRONG_FORMAT), a non-blank ticket (NO_TICKET), a valid format
 * (INVALID_PARAM), then either {@code {"method":"LIST_SUBSCRIPTIONS"}} or at least one type object (NO_TYPE) whose
 * type is streamed (INVALID_PARAM) and whose codes are a non-empty list (NO_CODES) of strings (INVALID_PARAM).
 * Both spellings of the options are read: {@code is_only_snapshot} / {@code isOnlySnapshot} and
 * {@code is_only_realtime} / {@code isOnlyRealtime}; both true is an INVALID_PARAM (sandbox choice). Unknown fields
 * are ignored; code values are not checked here (unknown codes are ignored silently later).
 */
final class RequestParser {

    private static final String LIST_SUBSCRIPTIONS = "LIST_SUBSCRIPTIONS";

    private RequestParser() {}

    static ClientRequest parse(String text) throws RequestError {
        JsonNode root;
        try {
            root = KisJson.parse(text);
        } catch (IOException e) {
            throw RequestError.wrongFormat();
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw RequestError.wrongFormat();
        }
        for (JsonNode element : root) {
            if (!element.isObject()) {
                throw RequestError.wrongFormat();
            }
        }
        String ticket = ticket(root);
        FrameFormat format = format(root);
        if (isListRequest(root)) {
            return new ClientRequest.ListSubscriptions(ticket, format);
        }
        List<TypeRequest> types = new ArrayList<>();
        for (JsonNode element : root) {
            if (element.has("type")) {
                types.add(type(element));
            }
        }
        if (types.isEmpty()) {
            throw RequestError.noType();
        }
        return new ClientRequest.Subscribe(ticket, types, format);
    }

    private static String ticket(JsonNode root) throws RequestError {
        for (JsonNode element : root) {
            JsonNode ticket = element.get("ticket");
            if (ticket != null) {
                if (!ticket.isTextual() || ticket.asText().isBlank()) {
                    throw RequestError.noTicket();
                }
                return ticket.asText();
            }
        }
        throw RequestError.noTicket();
    }

    private static FrameFormat format(JsonNode root) throws RequestError {
        for (JsonNode element : root) {
            JsonNode format = element.get("format");
            if (format != null) {
                Optional<FrameFormat> known =
                        format.isTextual() ? FrameFormat.fromWire(format.asText()) : Optional.empty();
                return known.orElseThrow(() -> RequestError.invalidParam("format"));
            }
        }
        return FrameFormat.DEFAULT;
    }

    private static boolean isListRequest(JsonNode root) throws RequestError {
        for (JsonNode element : root) {
            JsonNode method = element.get("method");
            if (method != null) {
                if (!method.isTextual() || !LIST_SUBSCRIPTIONS.equals(method.asText())) {
                    throw RequestError.invalidParam("method");
                }
                return true;
            }
        }
        return false;
    }

    private static TypeRequest type(JsonNode element) throws RequestError {
        JsonNode typeNode = element.get("type");
        if (!typeNode.isTextual()) {
            throw RequestError.invalidParam("type");
        }
        String name = typeNode.asText();
        DataType type = DataType.fromWire(name).orElseThrow(() -> RequestError.unsupportedType(name));
        JsonNode codesNode = element.get("codes");
        if (codesNode == null || codesNode.isNull() || (codesNode.isArray() && codesNode.isEmpty())) {
            throw RequestError.noCodes();
        }
        if (!codesNode.isArray()) {
            throw RequestError.invalidParam("codes");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode code : codesNode) {
            if (!code.isTextual()) {
                throw RequestError.invalidParam("codes");
            }
            codes.add(code.asText());
        }
        boolean onlySnapshot = flag(element, "is_only_snapshot", "isOnlySnapshot");
        boolean onlyRealtime = flag(element, "is_only_realtime", "isOnlyRealtime");
        if (onlySnapshot && onlyRealtime) {
            throw RequestError.invalidParam("is_only_snapshot");
        }
        return new TypeRequest(type, new ArrayList<>(codes), onlySnapshot, onlyRealtime);
    }

    private static boolean flag(JsonNode element, String snakeCase, String camelCase) throws RequestError {
        JsonNode value = element.has(snakeCase) ? element.get(snakeCase) : element.get(camelCase);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw RequestError.invalidParam(element.has(snakeCase) ? snakeCase : camelCase);
        }
        return value.asBoolean();
    }
}
