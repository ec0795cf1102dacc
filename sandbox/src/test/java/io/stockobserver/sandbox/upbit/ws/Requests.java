package io.stockobserver.sandbox.upbit.ws;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Request texts for the socket tests, in Upbit's shape. */
final class Requests {

    private Requests() {}

    /** {@code [{"ticket":…},{"type":…,"codes":[…]},{"format":…}]}. */
    static String subscribe(String type, String format, String... codes) {
        return "[{\"ticket\":\"test-" + type + "\"},{\"type\":\"" + type + "\",\"codes\":" + codes(codes) + "},"
                + "{\"format\":\"" + format + "\"}]";
    }

    /** A type object with an option, e.g. {@code "isOnlySnapshot":true}. */
    static String subscribeWith(String type, String option, String... codes) {
        return "[{\"ticket\":\"test\"},{\"type\":\"" + type + "\",\"codes\":" + codes(codes) + "," + option + "}]";
    }

    static String codes(String... codes) {
        return Arrays.stream(codes).map(code -> "\"" + code + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
