package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.rest.AdminResource;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.wire.KisJson;

/**
 * The Upbit sandbox's admin resources: the KIS sandbox's GET/POST/DELETE shape, with problems answered in Upbit's
 * error envelope and the sandbox's code {@code SBXF0001}: {@code {"error":{"name":"SBXF0001","message":"… (sandbox)"}}}.
 */
abstract class UpbitAdminResource extends AdminResource {

    /** The error name of a body that cannot be applied. */
    static final String BAD_ADMIN_REQUEST = "SBXF0001";

    @Override
    protected RestReply refusal(IllegalArgumentException problem) {
        ObjectNode error =
                KisJson.object().put("name", BAD_ADMIN_REQUEST).put("message", problem.getMessage() + " (sandbox)");
        ObjectNode body = KisJson.object();
        body.set("error", error);
        return RestReply.json(400, body);
    }
}
