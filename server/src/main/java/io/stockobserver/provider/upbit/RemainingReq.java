package io.stockobserver.provider.upbit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Remaining-Req} response header, e.g. {@code group=default; min=1800; sec=29} (PROVIDERS_FACTS §1.2):
 * the rate-limit group of the call and the requests left in the current second. {@code min} is deprecated (a fixed
 * value) and deliberately not kept, so nothing can budget on it.
 *
 * @param group the group name as written by the venue ({@code ticker}, {@code market}, {@code default}, …)
 * @param sec requests left in the current second; 0 means wait for the next second
 */
public record RemainingReq(String group, int sec) {
    /** pyupbit's pattern; {@code find} rather than {@code matches} so added keys do not make the header unreadable. */
    private static final Pattern HEADER = Pattern.compile("group=([a-z\\-]+); min=([0-9]+); sec=([0-9]+)");
    /** Longer values are refused unread: the real header is about 40 characters. */
    private static final int MAX_LENGTH = 200;

    /** The parsed header; empty when absent, too long or not in the documented shape. */
    public static Optional<RemainingReq> parse(String header) {
        if (header == null || header.isEmpty() || header.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = HEADER.matcher(header);
        if (!m.find()) {
            return Optional.empty();
        }
        String sec = m.group(3);
        if (sec.length() > 9) { // more than any second can hold; Integer.parseInt would overflow
            return Optional.empty();
        }
        return Optional.of(new RemainingReq(m.group(1), Integer.parseInt(sec)));
    }

    /** True when the group has no request left in the current second. */
    public boolean exhausted() {
        return sec == 0;
    }
}
