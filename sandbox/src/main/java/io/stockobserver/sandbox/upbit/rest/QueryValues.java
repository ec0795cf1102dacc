package io.stockobserver.sandbox.upbit.rest;

import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.upbit.market.UnknownMarketException;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the query parameters of the quotation endpoints; every problem is a {@link ParameterException}. */
final class QueryValues {

    private QueryValues() {}

    /** Returns a parameter's value, trimmed, if present and not blank. */
    static Optional<String> text(RestRequest request, String name) {
        return request.query(name).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** Returns a required parameter's value. */
    static String required(RestRequest request, String name) {
        return text(request, name).orElseThrow(() -> new ParameterException(name + " is required"));
    }

    /** Returns a whole number min..max, or {@code fallback} when absent. */
    static int wholeNumber(RestRequest request, String name, int fallback, int min, int max) {
        Optional<String> value = text(request, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number < min || number > max) {
                throw new ParameterException(name + " must be " + min + ".." + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ParameterException(name + " must be a whole number");
        }
    }

    /**
     * Returns the markets of a comma list ({@code markets=KRW-BTC,KRW-ETH}), each once, in the order given.
     *
     * @throws ParameterException when it is missing or empty, has an empty entry, or names more than {@code max}
     * @throws UnknownMarketException when a market is not listed (codes are case-sensitive)
     */
    static List<String> markets(RestRequest request, String name, int max, UpbitMarketModel market) {
        String raw = required(request, name);
        Set<String> codes = new LinkedHashSet<>();
        for (String part : raw.split(",", -1)) {
            String code = part.trim();
            if (code.isEmpty()) {
                throw new ParameterException(name + " has an empty entry");
            }
            codes.add(code);
        }
        if (codes.size() > max) {
            throw new ParameterException(name + " names more than " + max + " markets");
        }
        for (String code : codes) {
            if (!market.contains(code)) {
                throw new UnknownMarketException(code);
            }
        }
        return new ArrayList<>(codes);
    }

    /** Returns one known market. */
    static String market(RestRequest request, UpbitMarketModel market) {
        String code = required(request, "market");
        if (!market.contains(code)) {
            throw new UnknownMarketException(code);
        }
        return code;
    }
}
