package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.wire.KisJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The replies of the Upbit REST surface: JSON data, Upbit's error envelope, the plain-text 429, failure pages. */
final class UpbitReplies {

    /** Upbit's 400 message for every bad parameter (PROVIDERS_FACTS §1.1). */
    static final String INVALID_PARAMETER = "Invalid parameter. Check the given value!";
    /** Upbit's 404 message for an unknown market. */
    static final String CODE_NOT_FOUND = "Code not found";
    /** The body of a 429 as pyupbit expects it: plain text, not JSON (PROVIDERS_FACTS §1.2). */
    static final String TOO_MANY_REQUESTS = "Too many API requests.";

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";

    private UpbitReplies() {}

    /** Returns {@code {"error":{"name":<number>,"message":…}}} with that HTTP status. */
    static RestReply error(int status, String message) {
        ObjectNode error = KisJson.object().put("name", status).put("message", message);
        ObjectNode body = KisJson.object();
        body.set("error", error);
        return RestReply.json(status, body);
    }

    /** Returns the 400 of a bad parameter. */
    static RestReply invalidParameter() {
        return error(400, INVALID_PARAMETER);
    }

    /** Returns the 404 of an unknown market. */
    static RestReply codeNotFound() {
        return error(404, CODE_NOT_FOUND);
    }

    /** Returns a 200 JSON reply. */
    static RestReply ok(JsonNode body) {
        return RestReply.json(200, body);
    }

    /** Returns the 429: plain text {@value #TOO_MANY_REQUESTS}. */
    static RestReply tooManyRequests() {
        return RestReply.of(429, TEXT, TOO_MANY_REQUESTS.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the 418 of a blocked client. Upbit says the block duration "is returned" but documents no body; the
     * sandbox's is the Upbit error envelope with the seconds left in the message.
     */
    static RestReply blocked(long secondsLeft) {
        return error(
                418,
                "Too many API requests. Your IP is blocked for " + secondsLeft
                        + " seconds after repeated rate-limit violations. (sandbox)");
    }

    /** Returns an nginx-style HTML failure page with no JSON, as a failing front end would send (injected). */
    static RestReply failurePage(int status, String reason) {
        String title = status + " " + reason;
        String html = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>upbit-sandbox (injected fault)</center>\r\n</body>\r\n</html>\r\n";
        return RestReply.of(status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns a copy of a reply with one more header. */
    static RestReply withHeader(RestReply reply, String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(reply.headers());
        headers.put(name, value);
        return new RestReply(reply.status(), headers, reply.body());
    }
}
