package io.stockobserver.provider.upbit;

/**
 * The keep-alive answer {@code {"status":"UP"}}, sent every 10 s after the client's text {@code PING}.
 *
 * @param status the venue's word, {@code UP} while the connection is alive
 */
public record UpbitStatus(String status, String raw) implements UpbitMessage {
    public boolean isUp() {
        return "UP".equals(status);
    }
}
