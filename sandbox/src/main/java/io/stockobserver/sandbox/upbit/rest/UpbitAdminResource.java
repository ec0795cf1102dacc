package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.rest.AdminBody;
import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.List;
import java.util.Set;

/**
 * The GET/POST/DELETE shape of the Upbit sandbox's admin resources, as the KIS sandbox's: GET answers the state,
 * POST applies a JSON body checked in full against the resource's fields (400 and no change when it is bad),
 * DELETE clears and answers the state. Problems are answered in Upbit's error envelope with the sandbox's code
 * {@code SBXF0001}: {@code {"error":{"name":"SBXF0001","message":"… (sandbox)"}}}.
 */
abstract class UpbitAdminResource {

    /** The error name of a body that cannot be applied. */
    static final String BAD_ADMIN_REQUEST = "SBXF0001";

    /** The resource's path. */
    abstract String path();

    /** The body fields POST accepts. */
    abstract Set<String> fields();

    /** A noun for error messages ("fault", "surge", …). */
    abstract String noun();

    /** The current state, answered by GET and after DELETE. */
    abstract ObjectNode state();

    /** Applies a checked body and returns the reply. */
    abstract ObjectNode post(AdminBody body);

    /** Clears everything the resource controls. */
    abstract void clear();

    /** The three endpoints of this resource. */
    final List<RestEndpoint> endpoints() {
        return List.of(verb("GET"), verb("POST"), verb("DELETE"));
    }

    private RestEndpoint verb(String method) {
        return new RestEndpoint() {
            @Override
            public String method() {
                return method;
            }

            @Override
            public String path() {
                return UpbitAdminResource.this.path();
            }

            @Override
            public RestReply handle(RestRequest request) {
                return UpbitAdminResource.this.handle(method, request);
            }
        };
    }

    private RestReply handle(String method, RestRequest request) {
        switch (method) {
            case "POST" -> {
                try {
                    return RestReply.json(200, post(AdminBody.parse(request.body(), fields(), noun())));
                } catch (IllegalArgumentException e) {
                    return refusal(e);
                }
            }
            case "DELETE" -> clear();
            default -> {
                // GET only reads.
            }
        }
        return RestReply.json(200, state());
    }

    private static RestReply refusal(IllegalArgumentException problem) {
        ObjectNode error =
                KisJson.object().put("name", BAD_ADMIN_REQUEST).put("message", problem.getMessage() + " (sandbox)");
        ObjectNode body = KisJson.object();
        body.set("error", error);
        return RestReply.json(400, body);
    }
}
