package io.stockobserver.sandbox.rest;

/** One REST resource: a method and an exact path, and how to answer a request. */
public interface RestEndpoint {

    /** Returns the HTTP method, e.g. "GET". */
    String method();

    /** Returns the exact request path, e.g. "/oauth2/tokenP". */
    String path();

    /** Answers a request already matched on method and path. Must not throw for client mistakes. */
    RestReply handle(RestRequest request);
}
