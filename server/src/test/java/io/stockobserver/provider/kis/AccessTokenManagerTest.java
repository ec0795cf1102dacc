package io.stockobserver.provider.kis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** tokenP answers as a hostile or broken venue might give them: every one becomes a typed error, none is kept. */
class AccessTokenManagerTest {
    private static final Instant NOW = Instant.parse("2026-07-24T00:00:00Z");
    private final AtomicReference<String> body = new AtomicReference<>();
    private HttpServer server;
    private AccessTokenManager tokens;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth2/tokenP", exchange -> {
            byte[] b = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.sendResponseHeaders(200, b.length);
            exchange.getResponseBody().write(b);
            exchange.close();
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        KisSettings settings = KisSettings.withDefaults(
                KisEnvironment.SANDBOX,
                base,
                URI.create("ws://127.0.0.1:9"),
                new KisCredentials("TEST0000-0000-4000-8000-000000000003", "test-secret-".repeat(15)));
        tokens = new AccessTokenManager(settings, HttpClient.newHttpClient(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"access_token\":\"x\",\"expires_in\":9223372036854775807}",
                "{\"access_token\":\"x\",\"expires_in\":-5}",
                "{\"access_token\":\"x\",\"expires_in\":0}",
                "{\"access_token\":\"x\",\"expires_in\":\"soon\"}",
                "{\"access_token\":\"x\",\"expires_in\":1e400}",
                "{\"access_token\":\"x\",\"access_token_token_expired\":\"bad\",\"expires_in\":-1}",
                "{\"access_token\":\"x\",\"access_token_token_expired\":\"+999999999-12-31 23:59:59\"}",
                "{\"access_token\":\"x\",\"access_token_token_expired\":\"2020-01-01 00:00:00\"}",
                "{\"access_token\":\"x y\",\"expires_in\":86400}",
                "{\"access_token\":\"x\\r\\nX-Injected: 1\",\"expires_in\":86400}"
            })
    void shouldRefuseABrokenTokenAnswerWithATypedError(String answer) {
        body.set(answer);
        assertThatThrownBy(tokens::token)
                .isInstanceOf(KisApiException.class)
                .satisfies(e -> assertThat(((KisApiException) e).code()).isEqualTo("BAD_TOKEN_RESPONSE"));
        assertThat(tokens.hasToken()).isFalse();
        assertThat(tokens.issuedCount()).isZero();
    }

    @Test
    void shouldKeepAWellFormedTokenUntilItsStatedExpiry() throws Exception {
        body.set("{\"access_token\":\"eyJ0eXAi.abc\",\"access_token_token_expired\":\"2026-07-25 09:00:00\","
                + "\"token_type\":\"Bearer\",\"expires_in\":86400}");
        assertThat(tokens.token()).isEqualTo("eyJ0eXAi.abc");
        assertThat(tokens.hasToken()).isTrue();
        assertThat(AccessTokenManager.expiry(
                        com.fasterxml.jackson.databind.json.JsonMapper.builder()
                                .build()
                                .readTree("{\"expires_in\":3600}"),
                        NOW))
                .isEqualTo(NOW.plus(Duration.ofHours(1)));
    }
}
