package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/**
 * The venue's error envelope {@code {"error":{"name":…,"message":…}}}, used by REST answers and socket frames alike.
 * {@code name} is a number in the REST examples ({@code 404}) and a code on the socket ({@code WRONG_FORMAT}); both
 * are kept as text.
 *
 * @param name {@code error.name} as text, or null when the envelope has none
 * @param message {@code error.message}, or null
 */
record UpbitErrorBody(String name, String message) {
    /** The envelope of a parsed body; empty when the body is not one. */
    static Optional<UpbitErrorBody> of(JsonNode body) {
        JsonNode error = body == null ? null : body.get("error");
        if (error == null || !error.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new UpbitErrorBody(UpbitJson.text(error, "name"), UpbitJson.text(error, "message")));
    }

    /** The envelope of a raw body; empty when the body is not JSON or not an envelope (e.g. a plain-text 429). */
    static Optional<UpbitErrorBody> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return of(UpbitJson.parse(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
