package io.stockobserver.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal KIS REST client for tests, on the JDK HttpClient. */
public final class KisRestClient {

    public static final String APPKEY = "PSsandboxTestAppKey00000000000000000";
    public static final String APPSECRET = "sandbox-test-secret";
    public static final String INQUIRE_PRICE = "/uapi/domestic-stock/v1/quotations/inquire-price";
    public static final String MULTI_PRICE = "/uapi/domestic-stock/v1/quotations/intstock-multprice";
    public static final String CHK_HOLIDAY = "/uapi/domestic-stock/v1/quotations/chk-holiday";
    public static final String FAULTS = "/sandbox/faults";
    public static final String SURGES = "/sandbox/surges";
    public static final String WS_FAULTS = "/sandbox/ws-faults";
    public static final String VOLUME_RANK = "/uapi/domestic-stock/v1/quotations/volume-rank";
    public static final String FLUCTUATION = "/uapi/domestic-stock/v1/ranking/fluctuation";

    /** The volume-rank parameters of the official sample: whole market, ranked by volume, nothing excluded. */
    public static final Map<String, String> VOLUME_RANK_DEFAULTS = ordered(
            "FID_COND_MRKT_DIV_CODE", "J",
            "FID_COND_SCR_DIV_CODE", "20171",
            "FID_INPUT_ISCD", "0000",
            "FID_DIV_CLS_CODE", "0",
            "FID_BLNG_CLS_CODE", "0",
            "FID_TRGT_CLS_CODE", "111111111",
            "FID_TRGT_EXLS_CLS_CODE", "0000000000",
            "FID_INPUT_PRICE_1", "",
            "FID_INPUT_PRICE_2", "",
            "FID_VOL_CNT", "",
            "FID_INPUT_DATE_1", "");

    /** The fluctuation parameters of the official sample (lower-case names): risers against the previous close. */
    public static final Map<String, String> FLUCTUATION_DEFAULTS = ordered(
            "fid_cond_mrkt_div_code", "J",
            "fid_cond_scr_div_code", "20170",
            "fid_input_iscd", "0000",
            "fid_rank_sort_cls_code", "0",
            "fid_input_cnt_1", "0",
            "fid_prc_cls_code", "1",
            "fid_input_price_1", "",
            "fid_input_price_2", "",
            "fid_vol_cnt", "",
            "fid_trgt_cls_code", "0",
            "fid_trgt_exls_cls_code", "0",
            "fid_div_cls_code", "0",
            "fid_rsfl_rate1", "",
            "fid_rsfl_rate2", "");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public KisRestClient(URI base) {
        this.base = base;
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    public HttpResponse<String> tokenP(String appkey) {
        return post(
                "/oauth2/tokenP",
                "{\"grant_type\":\"client_credentials\",\"appkey\":\"" + appkey + "\",\"appsecret\":\"" + APPSECRET
                        + "\"}");
    }

    public String accessToken(String appkey) {
        HttpResponse<String> response = tokenP(appkey);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("tokenP failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("access_token").asText();
    }

    public HttpResponse<String> approval(String appkey) {
        return post(
                "/oauth2/Approval",
                "{\"grant_type\":\"client_credentials\",\"appkey\":\"" + appkey + "\",\"secretkey\":\"" + APPSECRET
                        + "\"}");
    }

    public String approvalKey(String appkey) {
        HttpResponse<String> response = approval(appkey);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Approval failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("approval_key").asText();
    }

    public HttpResponse<String> inquirePrice(String token, String code) {
        return inquirePrice(token, APPKEY, "FHKST01010100", code);
    }

    public HttpResponse<String> inquirePrice(String token, String appkey, String trId, String code) {
        return get(
                INQUIRE_PRICE + "?FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=" + code,
                "authorization",
                "Bearer " + token,
                "appkey",
                appkey,
                "appsecret",
                APPSECRET,
                "tr_id",
                trId,
                "custtype",
                "P");
    }

    /** Calls a quotation endpoint with the headers KIS requires (appkey {@link #APPKEY}). */
    public HttpResponse<String> quotation(String token, String trId, String pathAndQuery) {
        return quotation(token, APPKEY, trId, pathAndQuery);
    }

    /** Calls a quotation endpoint with the headers KIS requires. */
    public HttpResponse<String> quotation(String token, String appkey, String trId, String pathAndQuery) {
        return get(
                pathAndQuery,
                "authorization",
                "Bearer " + token,
                "appkey",
                appkey,
                "appsecret",
                APPSECRET,
                "tr_id",
                trId,
                "custtype",
                "P");
    }

    /** Calls intstock-multprice for codes, all on market J, as pairs 1..n. */
    public HttpResponse<String> multiPrice(String token, String appkey, List<String> codes) {
        StringBuilder query = new StringBuilder(MULTI_PRICE).append('?');
        for (int i = 0; i < codes.size(); i++) {
            query.append(i == 0 ? "" : "&")
                    .append("FID_COND_MRKT_DIV_CODE_")
                    .append(i + 1)
                    .append("=J&FID_INPUT_ISCD_")
                    .append(i + 1)
                    .append('=')
                    .append(codes.get(i));
        }
        return quotation(token, appkey, "FHKST11300006", query.toString());
    }

    /** Calls chk-holiday from a date (YYYYMMDD). */
    public HttpResponse<String> chkHoliday(String token, String appkey, String baseDate) {
        return quotation(
                token, appkey, "CTCA0903R", CHK_HOLIDAY + "?BASS_DT=" + baseDate + "&CTX_AREA_NK=&CTX_AREA_FK=");
    }

    /** Calls volume-rank with the default parameters, changed (or removed, for a null value) by {@code changes}. */
    public HttpResponse<String> volumeRank(String token, String appkey, Map<String, String> changes) {
        return quotation(token, appkey, "FHPST01710000", VOLUME_RANK + query(VOLUME_RANK_DEFAULTS, changes));
    }

    /** Calls the fluctuation ranking with the default parameters, changed (or removed, for null) by {@code changes}. */
    public HttpResponse<String> fluctuation(String token, String appkey, Map<String, String> changes) {
        return quotation(token, appkey, "FHPST01700000", FLUCTUATION + query(FLUCTUATION_DEFAULTS, changes));
    }

    private static String query(Map<String, String> defaults, Map<String, String> changes) {
        Map<String, String> parameters = new LinkedHashMap<>(defaults);
        changes.forEach((name, value) -> {
            if (value == null) {
                parameters.remove(name);
            } else {
                parameters.put(name, value);
            }
        });
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? '?' : '&')
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** GETs a path without any header, returning the body bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request with any method and an optional JSON body (null for none). */
    public HttpResponse<String> exchange(String method, String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("content-type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("content-type", "application/json; charset=utf-8")
                .GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
