package io.stockobserver.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.sandbox.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AccessTokenIssuerTest {

    private static final String APPKEY = "PSissuerTestAppKey000000000000000000";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-07-22T01:00:00Z"));

    private AccessTokenIssuer issuer(Duration minInterval) {
        return new AccessTokenIssuer(
                new AccessTokenIssuer.Policy(Duration.ofHours(6), minInterval, Duration.ofHours(24)), clock);
    }

    @Test
    void shouldReturnTheSameTokenWithinTheReuseWindow() throws AuthRefusal {
        AccessTokenIssuer issuer = issuer(Duration.ofSeconds(60));
        AccessTokenIssuer.Grant first = issuer.issue(APPKEY);
        clock.advance(Duration.ofHours(5));
        AccessTokenIssuer.Grant second = issuer.issue(APPKEY);

        assertThat(first.reused()).isFalse();
        assertThat(second.reused()).isTrue();
        assertThat(second.token()).isEqualTo(first.token());
    }

    @Test
    void shouldIssueANewTokenOnceTheReuseWindowHasPassed() throws AuthRefusal {
        AccessTokenIssuer issuer = issuer(Duration.ofSeconds(60));
        AccessToken first = issuer.issue(APPKEY).token();
        clock.advance(Duration.ofHours(6).plusSeconds(1));
        AccessToken second = issuer.issue(APPKEY).token();

        assertThat(second.value()).isNotEqualTo(first.value());
        assertThat(issuer.verify(first.value()))
                .as("the old token still works until it expires")
                .isEqualTo(first);
    }

    @Test
    void shouldRefuseATokenCallSoonerThanTheMinimumInterval() throws AuthRefusal {
        AccessTokenIssuer issuer = issuer(Duration.ofSeconds(60));
        issuer.issue(APPKEY);
        clock.advance(Duration.ofSeconds(59));

        assertThatThrownBy(() -> issuer.issue(APPKEY))
                .isInstanceOf(AuthRefusal.class)
                .hasMessage("접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)")
                .extracting(e -> ((AuthRefusal) e).reason())
                .isEqualTo(AuthRefusal.Reason.TOKEN_TOO_SOON);
        clock.advance(Duration.ofSeconds(1));
        assertThat(issuer.issue(APPKEY).reused()).isTrue();
        assertThat(issuer.issue("PSanotherAppKey").reused())
                .as("limits are per appkey")
                .isFalse();
    }

    @Test
    void shouldRejectUnknownAndExpiredTokens() throws AuthRefusal {
        AccessTokenIssuer issuer = issuer(Duration.ZERO);
        AccessToken token = issuer.issue(APPKEY).token();

        assertThatThrownBy(() -> issuer.verify("not-a-token"))
                .isInstanceOf(AuthRefusal.class)
                .hasMessage("유효하지 않은 token 입니다.");
        assertThatThrownBy(() -> issuer.verify(null)).isInstanceOf(AuthRefusal.class);
        clock.advance(Duration.ofHours(24));
        assertThatThrownBy(() -> issuer.verify(token.value()))
                .isInstanceOf(AuthRefusal.class)
                .hasMessage("기간이 만료된 token 입니다.")
                .extracting(e -> ((AuthRefusal) e).reason())
                .isEqualTo(AuthRefusal.Reason.EXPIRED_TOKEN);
    }

    @Test
    void shouldSignAnHs512JwtWithTheKisClaims() throws Exception {
        AccessToken token = issuer(Duration.ZERO).issue(APPKEY).token();
        String[] parts = token.value().split("\\.");
        ObjectMapper json = new ObjectMapper();
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));

        assertThat(parts).hasSize(3);
        assertThat(header.toString()).isEqualTo("{\"typ\":\"JWT\",\"alg\":\"HS512\"}");
        assertThat(claims.get("sub").asText()).isEqualTo("token");
        assertThat(claims.get("iss").asText()).isEqualTo("unogw");
        assertThat(claims.get("jti").asText()).isEqualTo(APPKEY);
        assertThat(claims.get("aud").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(86_400);
        assertThat(Base64.getUrlDecoder().decode(parts[2])).hasSize(64);
    }

    @Test
    void shouldRevokeOnlyATokenOfTheGivenAppkey() throws AuthRefusal {
        AccessTokenIssuer issuer = issuer(Duration.ZERO);
        AccessToken token = issuer.issue(APPKEY).token();

        assertThat(issuer.revoke(token.value(), "PSsomeoneElse")).isFalse();
        assertThat(issuer.revoke(token.value(), APPKEY)).isTrue();
        assertThatThrownBy(() -> issuer.verify(token.value())).isInstanceOf(AuthRefusal.class);
        assertThat(issuer.issue(APPKEY).reused())
                .as("a revoked token is not re-returned")
                .isFalse();
    }

    @Test
    void shouldIssueApprovalKeysAtMostOncePerIntervalAndRememberTheirAppkey() throws AuthRefusal {
        ApprovalKeyIssuer approvals = new ApprovalKeyIssuer(Duration.ofSeconds(1), clock);
        String key = approvals.issue(APPKEY);

        assertThat(key).hasSize(36).matches("[0-9a-f-]{36}");
        assertThat(approvals.appkeyOf(key)).contains(APPKEY);
        assertThat(approvals.appkeyOf("unknown")).isEmpty();
        assertThatThrownBy(() -> approvals.issue(APPKEY))
                .isInstanceOf(AuthRefusal.class)
                .extracting(e -> ((AuthRefusal) e).reason())
                .isEqualTo(AuthRefusal.Reason.APPROVAL_TOO_SOON);
        clock.advance(Duration.ofSeconds(1));
        assertThat(approvals.issue(APPKEY)).isNotEqualTo(key);
    }
}
