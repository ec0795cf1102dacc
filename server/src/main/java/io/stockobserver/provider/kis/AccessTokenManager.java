package io.stockobserver.provider.kis;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * Issues, caches and reuses the KIS access token ({@code POST /oauth2/tokenP}).
 *
 * <p>KIS allows about one issuance a minute and sends the account holder a KakaoTalk message per issuance, so this
 * class never issues in a loop: a token is reused until it is about to expire or KIS reports it expired, and a new
 * issuance is refused client-side while {@code tokenReissueMinInterval} has not passed since the last attempt.
 * Tokens live in memory only: nothing here writes them to disk or logs them.
 */
public final class AccessTokenManager {
    private static final Logger LOG = Logger.getLogger(AccessTokenManager.class.getName());
    private static final ZoneId KST = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final KisSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;
    private Instant lastIssueAttempt;
    private long issued;
    private long refusedByClient;

    public AccessTokenManager(KisSettings settings, HttpClient http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    /** The current token, issuing one if none is held or the held one expires within the refresh window. */
    public synchronized String token() throws KisApiException, InterruptedException {
        Instant now = clock.instant();
        if (token != null && now.isBefore(expiresAt.minus(settings.tokenRefreshBefore()))) {
            return token;
        }
        if (token != null && now.isBefore(expiresAt) && !mayIssue(now)) {
            return token; // still valid; renewal waits for the issuance limit
        }
        issue(now);
        return token;
    }

    /**
     * Called when KIS answered EGW00123 for {@code rejected}: forget it so the next {@link #token()} issues a new one
     * (subject to the issuance limit). A stale caller cannot drop a newer token.
     */
    public synchronized void invalidate(String rejected) {
        if (rejected != null && rejected.equals(token)) {
            token = null;
            expiresAt = Instant.MIN;
        }
    }

    public synchronized long issuedCount() {
        return issued;
    }

    /** How often an issuance was refused by the client-side limit (each is also logged). */
    public synchronized long refusedByClientCount() {
        return refusedByClient;
    }

    public synchronized boolean hasToken() {
        return token != null && clock.instant().isBefore(expiresAt);
    }

    private boolean mayIssue(Instant now) {
        return lastIssueAttempt == null || !now.isBefore(lastIssueAttempt.plus(settings.tokenReissueMinInterval()));
    }

    private void issue(Instant now) throws KisApiException, InterruptedException {
        if (!mayIssue(now)) {
            refusedByClient++;
            Instant next = lastIssueAttempt.plus(settings.tokenReissueMinInterval());
            LOG.warning("KIS token issuance refused client-side for "
                    + settings.credentials().label() + ": last attempt " + lastIssueAttempt + ", next allowed " + next);
            throw new KisApiException(0, "CLIENT_TOKEN_LIMIT", "token re-issue not allowed before " + next);
        }
        lastIssueAttempt = now;
        String body = KisJson.MAPPER
                .createObjectNode()
                .put("grant_type", "client_credentials")
                .put("appkey", settings.credentials().appKey())
                .put("appsecret", settings.credentials().appSecret())
                .toString();
        HttpRequest request = HttpRequest.newBuilder(settings.restUrl().resolve("/oauth2/tokenP"))
                .timeout(settings.httpTimeout())
                .header("content-type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        JsonNode json = send(http, request, "tokenP");
        String accessToken = KisJson.text(json, "access_token");
        if (accessToken == null || accessToken.isBlank()) {
            throw new KisApiException(200, "NO_TOKEN", "tokenP answered without access_token");
        }
        if (!isCredentialText(accessToken)) { // it goes into an HTTP header: no spaces, controls or megabytes
            throw badToken("access_token of " + accessToken.length() + " chars is not a header-safe token");
        }
        Instant until = expiry(json, now); // validated before anything is kept
        token = accessToken;
        expiresAt = until;
        issued++;
        LOG.info("KIS access token obtained for " + settings.credentials().label() + ", valid until " + expiresAt);
    }

    /** Longest token validity accepted (KIS issues 24 h); anything longer or in the past is a broken answer. */
    static final Duration MAX_VALIDITY = Duration.ofDays(31);

    /**
     * When the token expires: {@code access_token_token_expired} (KST wall clock) if readable, else
     * {@code expires_in} seconds, else 24 h. A value outside (now, now + {@link #MAX_VALIDITY}] is refused with a
     * typed error rather than trusted or left to overflow.
     */
    static Instant expiry(JsonNode json, Instant now) throws KisApiException {
        String text = KisJson.text(json, "access_token_token_expired");
        if (text != null) {
            try {
                Instant at = LocalDateTime.parse(text, EXPIRY).atZone(KST).toInstant();
                return withinValidity(at, now, "access_token_token_expired '" + text + "'");
            } catch (java.time.format.DateTimeParseException e) {
                LOG.warning("unparseable access_token_token_expired '" + text + "', using expires_in");
            }
        }
        JsonNode seconds = json.get("expires_in");
        if (seconds == null || seconds.isNull()) {
            return now.plus(Duration.ofDays(1));
        }
        long s;
        try {
            s = Long.parseLong(seconds.asText().trim());
        } catch (NumberFormatException e) {
            throw badToken("expires_in '" + excerpt(seconds.asText()) + "' is not a whole number of seconds");
        }
        if (s <= 0 || s > MAX_VALIDITY.toSeconds()) {
            throw badToken("expires_in " + s + " is outside 1.." + MAX_VALIDITY.toSeconds() + " seconds");
        }
        return now.plusSeconds(s);
    }

    private static Instant withinValidity(Instant at, Instant now, String what) throws KisApiException {
        if (!at.isAfter(now) || at.isAfter(now.plus(MAX_VALIDITY))) {
            throw badToken(what + " is not within " + MAX_VALIDITY.toDays() + " days from now");
        }
        return at;
    }

    /** Printable ASCII without spaces, at most 4,096 characters: what a token or key sent in a header can be. */
    static boolean isCredentialText(String s) {
        if (s.length() > 4096) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static KisApiException badToken(String detail) {
        return new KisApiException(200, "BAD_TOKEN_RESPONSE", "tokenP answer refused: " + detail);
    }

    private static String excerpt(String s) {
        return s.length() <= 32 ? s : s.substring(0, 32) + "…";
    }

    /** Sends an auth request and maps OAuth-style errors ({@code error_code}) to {@link KisApiException}. */
    static JsonNode send(HttpClient http, HttpRequest request, String what)
            throws KisApiException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KisApiException(what + " request failed: " + e.getMessage(), e);
        }
        JsonNode json;
        try {
            json = KisJson.parse(response.body());
        } catch (IOException e) {
            throw new KisApiException(response.statusCode(), "HTTP_" + response.statusCode(), what + " body not JSON");
        }
        if (response.statusCode() != 200 || json.has("error_code")) {
            String code = KisJson.text(json, "error_code");
            String text = KisJson.text(json, "error_description");
            throw new KisApiException(
                    response.statusCode(),
                    code == null ? "HTTP_" + response.statusCode() : code,
                    text == null ? "" : text);
        }
        return json;
    }
}
