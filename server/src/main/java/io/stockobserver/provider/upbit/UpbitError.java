package io.stockobserver.provider.upbit;

/**
 * A venue error frame {@code {"error":{"name":"WRONG_FORMAT","message":…}}}; the venue closes the socket (code 1000)
 * about 150–180 ms later (PROVIDERS_FACTS §1.3).
 *
 * @param name {@code INVALID_AUTH}, {@code WRONG_FORMAT}, {@code NO_TICKET}, {@code NO_TYPE}, {@code NO_CODES},
 *     {@code INVALID_PARAM} or another name; null when the frame has none
 * @param message the venue's text (Korean), or null
 */
public record UpbitError(String name, String message, String raw) implements UpbitMessage {}
