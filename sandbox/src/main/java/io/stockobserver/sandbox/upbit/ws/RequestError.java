package io.stockobserver.sandbox.upbit.ws;

/**
 * A request the socket refuses, with the name and message of its error frame
 * {@code {"error":{"name":…,"message":…}}} (PROVIDERS_FACTS §1.3).
 */
final class RequestError extends Exception {

    private static final long serialVersionUID = 1L;

    /** Not JSON, not an array, or an element that is not an object. Message as captured on the wire. */
    static final String WRONG_FORMAT = "WRONG_FORMAT";
    /** No ticket object, or a blank ticket. Message as captured on the wire. */
    static final String NO_TICKET = "NO_TICKET";
    /** No type object. Message: sandbox choice. */
    static final String NO_TYPE = "NO_TYPE";
    /** A type object without codes, or with an empty list. Message: sandbox choice. */
    static final String NO_CODES = "NO_CODES";
    /** An unknown type or a value of the wrong kind. Message for an unknown type as captured. */
    static final String INVALID_PARAM = "INVALID_PARAM";
    /** More messages than the per-connection limit; the name is the sandbox's (Upbit documents none). */
    static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

    private final String name;

    RequestError(String name, String message) {
        super(message);
        this.name = name;
    }

    static RequestError wrongFormat() {
        return new RequestError(WRONG_FORMAT, "Format 이 맞지 않습니다.");
    }

    static RequestError noTicket() {
        return new RequestError(NO_TICKET, "티켓이 존재하지 않거나, 유효하지 않습니다.");
    }

    static RequestError noType() {
        return new RequestError(NO_TYPE, "타입이 존재하지 않습니다.");
    }

    static RequestError noCodes() {
        return new RequestError(NO_CODES, "코드가 존재하지 않습니다.");
    }

    static RequestError unsupportedType(String type) {
        return new RequestError(INVALID_PARAM, type + " 은 지원하지 않는 타입입니다.");
    }

    static RequestError invalidParam(String field) {
        return new RequestError(INVALID_PARAM, field + " 의 값이 올바르지 않습니다.");
    }

    static RequestError tooManyRequests() {
        return new RequestError(TOO_MANY_REQUESTS, "요청 수 제한을 초과했습니다. (sandbox)");
    }

    /** Returns the error's name, e.g. NO_TICKET. */
    String name() {
        return name;
    }
}
