package io.stockobserver.sandbox.rest;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the query parameters of the ranking TRs (names are case-insensitive, as everywhere): required codes from a
 * fixed set, optional whole numbers and decimals where blank means "no bound", and strings of 0/1 flags. A value
 * that does not fit is refused with HTTP 400 SBXR0003 naming the parameter.
 */
final class RankingParameters {

    private static final Pattern FLAGS = Pattern.compile("[01]*");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,15}");

    private final RestRequest request;

    RankingParameters(RestRequest request) {
        this.request = request;
    }

    /** Returns a required parameter whose value must be one of {@code allowed}. */
    String required(String name, Set<String> allowed) throws GatewayRefusal {
        String value = request.query(name).orElse("").trim();
        if (value.isEmpty()) {
            throw QuotationEndpoint.badParameter(name, "is required");
        }
        return oneOf(name, value, allowed);
    }

    /** Returns an optional parameter whose value must be one of {@code allowed}; blank or absent gives the default. */
    String optional(String name, Set<String> allowed, String fallback) throws GatewayRefusal {
        String value = request.query(name).orElse("").trim();
        return value.isEmpty() ? fallback : oneOf(name, value, allowed);
    }

    /** Returns a whole number ≥ 0; blank, absent or 0 give empty (no bound). */
    Optional<Long> bound(String name) throws GatewayRefusal {
        String value = request.query(name).orElse("").trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!WHOLE.matcher(value).matches()) {
            throw QuotationEndpoint.badParameter(name, "must be blank or a whole number: " + value);
        }
        long number = Long.parseLong(value);
        return number == 0 ? Optional.empty() : Optional.of(number);
    }

    /** Returns a decimal number; blank or absent give empty (no bound). */
    OptionalDouble decimal(String name) throws GatewayRefusal {
        String value = request.query(name).orElse("").trim();
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return OptionalDouble.of(number);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw QuotationEndpoint.badParameter(name, "must be blank or a number: " + value);
    }

    /** Returns a string of at most {@code maxLength} 0/1 flags; blank or absent give "". */
    String flags(String name, int maxLength) throws GatewayRefusal {
        String value = request.query(name).orElse("").trim();
        if (value.length() > maxLength || !FLAGS.matcher(value).matches()) {
            throw QuotationEndpoint.badParameter(name, "must be up to " + maxLength + " digits 0 or 1: " + value);
        }
        return value;
    }

    private static String oneOf(String name, String value, Set<String> allowed) throws GatewayRefusal {
        if (!allowed.contains(value)) {
            throw QuotationEndpoint.badParameter(name, "must be one of " + allowed + " in the sandbox: " + value);
        }
        return value;
    }
}
