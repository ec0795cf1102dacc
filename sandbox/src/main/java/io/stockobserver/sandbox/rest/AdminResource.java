package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * The GET/POST/DELETE shape shared by the sandbox's own admin resources ({@code /sandbox/faults},
 * {@code /sandbox/surges}, {@code /sandbox/ws-faults}): GET answers the state, POST applies a JSON body checked
 * against the resource's fields (400 SBXF0001 and no change when it is bad), DELETE clears and answers the state.
 * Subclasses say what each verb does (and, for another venue, how a refusal looks); this class owns the dispatch.
 */
public abstract class AdminResource {

    /** The resource's path. */
    protected abstract String path();

    /** The body fields POST accepts. */
    protected abstract Set<String> fields();

    /** A noun for error messages ("fault", "surge", …). */
    protected abstract String noun();

    /** The current state, answered by GET and after DELETE. */
    protected abstract ObjectNode state();

    /** Applies a checked body and returns the reply. */
    protected abstract ObjectNode post(AdminBody body);

    /** Clears everything the resource controls. */
    protected abstract void clear();

    /** The three endpoints of this resource. */
    public final List<RestEndpoint> endpoints() {
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

    /** The answer to a body that cannot be applied (the KIS sandbox's envelope; a venue may answer in its own). */
    protected RestReply refusal(IllegalArgumentException problem) {
        return AdminBody.refusal(problem);
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
}
