package io.stockobserver.sandbox.rest;

import java.nio.charset.StandardCharsets;

/**
 * The reply of an injected infrastructure failure: an HTML error page such as a reverse proxy serves, with no KIS
 * envelope and no msg_cd, so clients meet the case where the body is not the JSON they expect.
 */
final class GatewayFailurePage {

    private static final String CONTENT_TYPE = "text/html; charset=utf-8";

    private GatewayFailurePage() {}

    /** Returns the page for a status, e.g. 500 "Internal Server Error" or 503 "Service Temporarily Unavailable". */
    static RestReply reply(int status, String reason) {
        String title = status + " " + reason;
        String html = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>kis-sandbox (injected fault)</center>\r\n</body>\r\n</html>\r\n";
        return RestReply.of(status, CONTENT_TYPE, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns HTTP 500 Internal Server Error. */
    static RestReply internalServerError() {
        return reply(500, "Internal Server Error");
    }

    /** Returns HTTP 503 Service Temporarily Unavailable. */
    static RestReply serviceUnavailable() {
        return reply(503, "Service Temporarily Unavailable");
    }
}
