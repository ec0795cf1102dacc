package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.wire.KisJson;
import java.io.IOException;
import java.util.Iterator;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the JSON bodies of the sandbox's own admin endpoints ({@code /sandbox/…}). Every problem is an
 * {@link IllegalArgumentException} whose message the endpoint replies with (HTTP 400 SBXF0001), so a body is checked
 * in full before anything changes. Public so the Upbit sandbox's admin resources read their bodies the same way.
 */
public final class AdminBody {

    private final JsonNode json;

    private AdminBody(JsonNode json) {
        this.json = json;
    }

    /**
     * Parses a body that must be a JSON object holding only {@code known} fields.
     *
     * @param what names the fields in the message about an unknown one, e.g. "fault"
     */
    public static AdminBody parse(byte[] body, Set<String> known, String what) {
        JsonNode json;
        try {
            json = KisJson.parse(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown " + what + " field: " + name + "; known: " + known);
            }
        }
        return new AdminBody(json);
    }

    /** Returns whether the body has a field. */
    public boolean has(String field) {
        return json.has(field);
    }

    /** Returns a whole number 0..max. */
    public long wholeNumber(String field, long max) {
        JsonNode value = json.get(field);
        if (value == null
                || !value.isIntegralNumber()
                || !value.canConvertToLong()
                || value.asLong() < 0
                || value.asLong() > max) {
            throw new IllegalArgumentException(field + " must be a whole number 0.." + max);
        }
        return value.asLong();
    }

    /** Returns a whole number 0..max, or {@code current} when the field is absent. */
    public long wholeNumber(String field, long max, long current) {
        return has(field) ? wholeNumber(field, max) : current;
    }

    /** Returns a whole number 0..max, or empty when the field is absent. */
    public OptionalLong optionalWholeNumber(String field, long max) {
        return has(field) ? OptionalLong.of(wholeNumber(field, max)) : OptionalLong.empty();
    }

    /** Returns a number 0..max (fractions allowed). */
    public double number(String field, double max) {
        JsonNode value = json.get(field);
        if (value == null || !value.isNumber() || !(value.asDouble() >= 0) || value.asDouble() > max) {
            throw new IllegalArgumentException(field + " must be a number 0.." + max);
        }
        return value.asDouble();
    }

    /** Returns a number above 0 and at most max (fractions allowed). */
    public double positiveNumber(String field, double max) {
        JsonNode value = json.get(field);
        if (value == null || !value.isNumber() || !(value.asDouble() > 0) || value.asDouble() > max) {
            throw new IllegalArgumentException(field + " must be a number above 0 and at most " + max);
        }
        return value.asDouble();
    }

    /** Returns true or false, or {@code current} when the field is absent. */
    public boolean bool(String field, boolean current) {
        if (!has(field)) {
            return current;
        }
        JsonNode value = json.get(field);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(field + " must be true or false");
        }
        return value.asBoolean();
    }

    /** Returns a non-blank text. */
    public String text(String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " must be a non-blank string");
        }
        return value.asText().trim();
    }

    /** Returns the reply to a body that cannot be applied: HTTP 400 SBXF0001 with the problem. */
    static RestReply refusal(IllegalArgumentException problem) {
        return RestReply.json(
                400, Envelopes.failure(SandboxCodes.BAD_ADMIN_REQUEST, problem.getMessage() + " (sandbox)"));
    }
}
