package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpbitSettingsTest {
    private static final UpbitSettings D = UpbitSettings.defaults();

    private static UpbitSettings with(
            URI rest,
            URI ws,
            int perGroup,
            int chunk,
            int retries,
            Duration initial,
            Duration max,
            Duration ping,
            Duration idle) {
        return new UpbitSettings(
                rest,
                ws,
                perGroup,
                D.rateWindow(),
                chunk,
                D.httpTimeout(),
                retries,
                initial,
                max,
                D.blockFallback(),
                ping,
                idle);
    }

    @Test
    void shouldDocumentTheDefaults() {
        assertThat(D.restUrl()).isEqualTo(URI.create("https://api.upbit.com"));
        assertThat(D.wsUrl()).isEqualTo(URI.create("wss://api.upbit.com/websocket/v1"));
        assertThat(D.requestsPerGroup()).isEqualTo(10);
        assertThat(D.rateWindow()).isEqualTo(Duration.ofMillis(1_100));
        assertThat(D.tickerChunkSize()).isEqualTo(100);
        assertThat(D.httpTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(D.maxRetries()).isEqualTo(3);
        assertThat(D.backoffInitial()).isEqualTo(Duration.ofMillis(200));
        assertThat(D.backoffMax()).isEqualTo(Duration.ofSeconds(5));
        assertThat(D.blockFallback()).isEqualTo(Duration.ofSeconds(60));
        assertThat(D.pingInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(D.idleLimit()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void shouldNameTheSettingAndTheValueItRefuses() {
        URI rest = D.restUrl();
        URI ws = D.wsUrl();
        Duration i = D.backoffInitial();
        Duration m = D.backoffMax();
        Duration p = D.pingInterval();
        Duration idle = D.idleLimit();
        assertThatThrownBy(() -> with(URI.create("ftp://x"), ws, 10, 100, 3, i, m, p, idle))
                .hasMessage("UPBIT_REST_URL must be a http/https URL but was ftp://x");
        assertThatThrownBy(() -> with(rest, URI.create("https://api.upbit.com"), 10, 100, 3, i, m, p, idle))
                .hasMessageStartingWith("UPBIT_WS_URL must be a ws/wss URL");
        assertThatThrownBy(() -> with(rest, ws, 11, 100, 3, i, m, p, idle))
                .hasMessage("UPBIT_REQUESTS_PER_GROUP must be 1..10 but was 11");
        assertThatThrownBy(() -> with(rest, ws, 10, 0, 3, i, m, p, idle))
                .hasMessage("UPBIT_TICKER_CHUNK_SIZE must be 1..200 but was 0");
        assertThatThrownBy(() -> with(rest, ws, 10, 100, -1, i, m, p, idle))
                .hasMessage("UPBIT_MAX_RETRIES must be 0..20 but was -1");
        assertThatThrownBy(() -> with(rest, ws, 10, 100, 3, Duration.ofSeconds(6), m, p, idle))
                .hasMessageContaining("UPBIT_BACKOFF_MAX (PT5S) must not be shorter than UPBIT_BACKOFF_INITIAL (PT6S)");
        assertThatThrownBy(() -> with(rest, ws, 10, 100, 3, i, m, Duration.ZERO, idle))
                .hasMessage("UPBIT_PING_INTERVAL must be a positive duration but was PT0S");
        assertThatThrownBy(() -> with(rest, ws, 10, 100, 3, i, m, Duration.ofSeconds(55), idle))
                .hasMessageStartingWith("UPBIT_PING_INTERVAL must be at most PT50S");
        assertThatThrownBy(() -> with(rest, ws, 10, 100, 3, i, m, p, Duration.ofSeconds(30)))
                .hasMessageStartingWith("UPBIT_IDLE_LIMIT (PT30S) must be longer than UPBIT_PING_INTERVAL (PT30S)");
        assertThatThrownBy(() -> new UpbitSettings(
                        rest,
                        ws,
                        10,
                        Duration.ofMillis(900),
                        100,
                        D.httpTimeout(),
                        3,
                        i,
                        m,
                        D.blockFallback(),
                        p,
                        idle))
                .hasMessage("UPBIT_RATE_WINDOW must be at least PT1S but was PT0.9S");
    }
}
