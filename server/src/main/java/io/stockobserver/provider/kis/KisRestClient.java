package io.stockobserver.provider.kis;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.logging.Logger;

/**
 * Quotation calls to the KIS REST API: headers, the shared per-appkey rate limiter, token handling and bounded
 * retries. Each response body is handed to the {@link RawResponseJournal} before it is parsed, so the raw input of
 * every observation is kept even when parsing fails.
 *
 * <p>Retry policy: EGW00201 (rate limit), 5xx without a venue code and time-outs are retried up to
 * {@code maxRetries} with doubling back-off; EGW00123 (expired token) refreshes the token once and retries.
 */
public final class KisRestClient {
    private static final Logger LOG = Logger.getLogger(KisRestClient.class.getName());

    /** Receives every response body before parsing; returns the raw reference (e.g. {@code raw/kis/…:12}). */
    @FunctionalInterface
    public interface RawResponseJournal {
        String journal(String channel, String body, Instant receiveTime, long receivedAtNanos);
    }

    private final KisSettings settings;
    private final HttpClient http;
    private final AccessTokenManager tokens;
    private final RestRateLimiter limiter;
    private final RawResponseJournal journal;
    private final Clock clock;
    private final KisRestStats stats = new KisRestStats();

    public KisRestClient(
            KisSettings settings,
            HttpClient http,
            AccessTokenManager tokens,
            RestRateLimiter limiter,
            RawResponseJournal journal,
            Clock clock) {
        this.settings = settings;
        this.http = http;
        this.tokens = tokens;
        this.limiter = limiter;
        this.journal = journal;
        this.clock = clock;
    }

    public KisRestStats stats() {
        return stats;
    }

    /** inquire-price (FHKST01010100) for one KRX symbol. */
    public KisRestResponse inquirePrice(String symbol) throws KisApiException, InterruptedException {
        return get(
                "/uapi/domestic-stock/v1/quotations/inquire-price",
                "FHKST01010100",
                Map.of("FID_COND_MRKT_DIV_CODE", "J", "FID_INPUT_ISCD", symbol));
    }

    /** Symbols per intstock-multprice call (KIS_API_FACTS §4.2: "한 번의 호출에 최대 30종목"). */
    public static final int MULTI_PRICE_MAX = 30;

    /**
     * intstock-multprice (FHKST11300006, real only) for up to 30 KRX symbols in one call; {@code output} is an array
     * in request order.
     */
    public KisRestResponse multiPrice(List<String> symbols) throws KisApiException, InterruptedException {
        if (symbols.isEmpty() || symbols.size() > MULTI_PRICE_MAX) {
            throw new IllegalArgumentException(
                    "intstock-multprice takes 1.." + MULTI_PRICE_MAX + " symbols, got " + symbols.size());
        }
        Map<String, String> query = new java.util.TreeMap<>();
        for (int i = 0; i < symbols.size(); i++) {
            query.put("FID_COND_MRKT_DIV_CODE_" + (i + 1), "J");
            query.put("FID_INPUT_ISCD_" + (i + 1), symbols.get(i));
        }
        return get("/uapi/domestic-stock/v1/quotations/intstock-multprice", "FHKST11300006", query);
    }

    /**
     * volume-rank (FHPST01710000, real only): up to 30 KRX listings ranked by {@code order} (FID_BLNG_CLS_CODE: 0 volume,
     * 1 volume increase rate, 2 turnover of shares, 3 traded value, 4 turnover of value). Facts §4.6.
     */
    public KisRestResponse volumeRank(String order) throws KisApiException, InterruptedException {
        Map<String, String> q = new java.util.TreeMap<>();
        q.put("FID_COND_MRKT_DIV_CODE", "J");
        q.put("FID_COND_SCR_DIV_CODE", "20171");
        q.put("FID_INPUT_ISCD", "0000");
        q.put("FID_DIV_CLS_CODE", "0");
        q.put("FID_BLNG_CLS_CODE", order);
        q.put("FID_TRGT_CLS_CODE", "111111111");
        q.put("FID_TRGT_EXLS_CLS_CODE", "000000");
        q.put("FID_INPUT_PRICE_1", "0");
        q.put("FID_INPUT_PRICE_2", "0");
        q.put("FID_VOL_CNT", "0");
        q.put("FID_INPUT_DATE_1", "");
        return get("/uapi/domestic-stock/v1/quotations/volume-rank", "FHPST01710000", q);
    }

    /**
     * fluctuation (FHPST01700000, real only): up to 30 KRX listings by change against the previous close, rising
     * ({@code falling} false: fid_rank_sort_cls_code 0) or falling (1). Facts §4.7.
     */
    public KisRestResponse fluctuation(boolean falling) throws KisApiException, InterruptedException {
        Map<String, String> q = new java.util.TreeMap<>();
        q.put("fid_cond_mrkt_div_code", "J");
        q.put("fid_cond_scr_div_code", "20170");
        q.put("fid_input_iscd", "0000");
        q.put("fid_rank_sort_cls_code", falling ? "1" : "0");
        q.put("fid_input_cnt_1", "0");
        q.put("fid_prc_cls_code", "1");
        q.put("fid_input_price_1", "");
        q.put("fid_input_price_2", "");
        q.put("fid_vol_cnt", "");
        q.put("fid_trgt_cls_code", "0");
        q.put("fid_trgt_exls_cls_code", "0");
        q.put("fid_div_cls_code", "0");
        q.put("fid_rsfl_rate1", "");
        q.put("fid_rsfl_rate2", "");
        return get("/uapi/domestic-stock/v1/ranking/fluctuation", "FHPST01700000", q);
    }

    /** chk-holiday (CTCA0903R, real only): trading-day flags from {@code baseDate} (YYYYMMDD) on. */
    public KisRestResponse holidays(String baseDate) throws KisApiException, InterruptedException {
        return get(
                "/uapi/domestic-stock/v1/quotations/chk-holiday",
                "CTCA0903R",
                Map.of("BASS_DT", baseDate, "CTX_AREA_NK", "", "CTX_AREA_FK", ""));
    }

    /** A GET quotation call with retries; throws when the venue answered an error after all retries. */
    public KisRestResponse get(String path, String trId, Map<String, String> query)
            throws KisApiException, InterruptedException {
        boolean tokenRefreshed = false;
        long backoff = settings.retryBackoff().toMillis();
        for (int attempt = 0; ; attempt++) {
            String token = tokens.token();
            try {
                return once(path, trId, query, token);
            } catch (KisApiException e) {
                if (e.isExpiredToken() && !tokenRefreshed) {
                    stats.expiredTokenHits.incrementAndGet();
                    tokens.invalidate(token);
                    tokenRefreshed = true;
                    stats.retries.incrementAndGet();
                    attempt--; // the token refresh is its own allowance, not one of the bounded retries
                    continue;
                }
                if (e.isRateLimit()) {
                    stats.rateLimitHits.incrementAndGet();
                }
                if (!e.isTransient() || attempt >= settings.maxRetries()) {
                    stats.failures.incrementAndGet();
                    throw e;
                }
                stats.retries.incrementAndGet();
                LOG.fine(() -> "retrying " + path + " after " + e.code());
                Thread.sleep(backoff);
                backoff *= 2;
            }
        }
    }

    private KisRestResponse once(String path, String trId, Map<String, String> query, String token)
            throws KisApiException, InterruptedException {
        String target = path + "?" + queryString(query);
        HttpRequest request = HttpRequest.newBuilder(settings.restUrl().resolve(target))
                .timeout(settings.httpTimeout())
                .header("content-type", "application/json; charset=utf-8")
                .header("authorization", "Bearer " + token)
                .header("appkey", settings.credentials().appKey())
                .header("appsecret", settings.credentials().appSecret())
                .header("tr_id", trId)
                .header("custtype", "P")
                .GET()
                .build();
        limiter.acquire();
        stats.calls.incrementAndGet();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new KisApiException("timed out: " + path, e);
        } catch (IOException e) {
            throw new KisApiException("request failed: " + path + ": " + e.getMessage(), e);
        }
        Instant receiveTime = clock.instant();
        long receivedAt = System.nanoTime();
        String rawRef = journal == null
                ? null
                : journal.journal("rest:" + path + "?" + queryString(query), response.body(), receiveTime, receivedAt);
        JsonNode json;
        try {
            json = KisJson.parse(response.body());
        } catch (IOException e) {
            throw new KisApiException(response.statusCode(), "HTTP_" + response.statusCode(), "body is not JSON");
        }
        String rtCd = KisJson.text(json, "rt_cd");
        if (response.statusCode() == 200 && "0".equals(rtCd)) {
            return new KisRestResponse(response.body(), json, receiveTime, receivedAt, rawRef);
        }
        String code = KisJson.text(json, "msg_cd");
        if (code == null) {
            code = KisJson.text(json, "error_code");
        }
        String text = KisJson.text(json, "msg1");
        if (text == null) {
            text = KisJson.text(json, "error_description");
        }
        throw new KisApiException(
                response.statusCode(),
                code == null || code.isBlank() ? "HTTP_" + response.statusCode() : code,
                text == null ? "" : text);
    }

    private static String queryString(Map<String, String> query) {
        StringJoiner joiner = new StringJoiner("&");
        query.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> joiner.add(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)));
        return joiner.toString();
    }
}
