package io.stockobserver.sandbox.upbit.ws;

import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.limit.SlidingWindowLimiter;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import java.nio.charset.StandardCharsets;

/**
 * Decides, on the first bytes of a connection, whether its upgrade is refused: during an injected refusal window
 * with HTTP 503 (sandbox choice), beyond the per-IP connection limit (Upbit: 5 per second, PROVIDERS_FACTS §1.2)
 * with HTTP 429 and the plain text {@code Too many API requests.}. Admitted upgrades get
 * {@code Remaining-Req: group=websocket; min=300; sec=N} and {@code Limit-By-Ip: Yes} on the 101, as UPROBE saw.
 */
final class ConnectionGate {

    /** The group name UPROBE saw on the upgrade reply. */
    static final String GROUP = "websocket";

    /**
     * The outcome for one connection.
     *
     * @param remaining upgrades left in the window after this one, when admitted
     * @param response the raw HTTP response of a refusal, or null when admitted
     */
    record Decision(int remaining, byte[] response) {

        boolean admitted() {
            return response == null;
        }
    }

    private final SlidingWindowLimiter connects;
    private final WsFaultPlan faults;
    private final UpbitCounters counters;

    ConnectionGate(SlidingWindowLimiter connects, WsFaultPlan faults, UpbitCounters counters) {
        this.connects = connects;
        this.faults = faults;
        this.counters = counters;
    }

    Decision admit(String client) {
        if (faults.refusesConnections()) {
            counters.connectionRefusedByFault();
            return new Decision(
                    0, response(503, "Service Unavailable", "Service Unavailable (sandbox fault injection)"));
        }
        int remaining = connects.tryAdmit(client);
        if (remaining == SlidingWindowLimiter.REFUSED) {
            counters.connectionRateLimited();
            return new Decision(0, response(429, "Too Many Requests", "Too many API requests."));
        }
        return new Decision(remaining, null);
    }

    /** Returns the {@code Remaining-Req} value of an admitted upgrade. */
    String remainingReq(int remaining) {
        return RateLimitGroup.remainingReq(GROUP, connects.limit(), remaining);
    }

    /** Returns the raw response of a refusal; its Remaining-Req says the window is used up. */
    private byte[] response(int status, String reason, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + content.length + "\r\n"
                + "Remaining-Req: " + remainingReq(0) + "\r\n"
                + "Connection: close\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(content, 0, all, headBytes.length, content.length);
        return all;
    }
}
