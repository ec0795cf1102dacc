package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * The GET/POST/DELETE shape shared by the sandbox's own admin resources ({@code /sandbox/faults},
 * {@code /sandbox/surges}, {@code /sandbox/ws-faults}): GET answers the state, POST applies a JSON body checked
 * against the resource's fields (400 SBXF0001 and no change when it is bad), DELETE clears and answers the state.
 * Subclasses say what each verb does; this class owns the dispatch.
 */
abstract class AdminResource {

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
                return AdminResource.this.path();
            }

            @Override
            public RestReply handle(RestRequest request) {
                return AdminResource.this.handle(method, request);
            }
        };
    }

    private RestReply handle(String method, RestRequest request) {
        switch (method) {
            case "POST" -> {
                try {
                    return RestReply.json(200, post(AdminBody.parse(request.body(), fields(), noun())));
                } catch (IllegalArgumentException e) {
                    return AdminBody.refusal(e);
                }
            }
            case "DELETE" -> clear();
            default -> {
                // GET only reads.
            }
        }
        return RestReply.json(200, state());
    }
}
