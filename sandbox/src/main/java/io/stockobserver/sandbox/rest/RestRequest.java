package io.stockobserver.sandbox.rest;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A REST request as endpoints see it: header names and query-parameter names are case-insensitive (KIS clients send
 * both {@code appkey} and {@code appKey}, both {@code FID_INPUT_ISCD} and {@code fid_input_iscd}).
 */
public final class RestRequest {

    private final String method;
    private final String path;
    private final Map<String, String> headers;
    private final Map<String, String> query;
    private final byte[] body;

    /** Creates a request; the first value of a repeated header or parameter wins. */
    public RestRequest(
            String method, String path, Map<String, String> headers, Map<String, String> query, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.headers = caseInsensitiveCopy(headers);
        this.query = caseInsensitiveCopy(query);
        this.body = body.clone();
    }

    /** Returns the HTTP method. */
    public String method() {
        return method;
    }

    /** Returns the path without the query string. */
    public String path() {
        return path;
    }

    /** Returns a header's value, whatever the case of its name. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** Returns a query parameter's value, whatever the case of its name. */
    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** Returns the names of the query parameters, as sent. */
    public Set<String> queryNames() {
        return query.keySet();
    }

    /** Returns a copy of the body bytes. */
    public byte[] body() {
        return body.clone();
    }

    private static Map<String, String> caseInsensitiveCopy(Map<String, String> source) {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        source.forEach(copy::putIfAbsent);
        return Collections.unmodifiableMap(copy);
    }
}
