package io.stockobserver.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** A minimal KIS REST client for tests, on the JDK HttpClient. */
public final class KisRestClient {

    public static final String APPKEY = "PSsandboxTestAppKey00000000000000000";
    public static final String APPSECRET = "sandbox-test-secret";
    public static final String INQUIRE_PRICE = "/uapi/domestic-stock/v1/quotations/inquire-price";
    public static final String MULTI_PRICE = "/uapi/domestic-stock/v1/quotations/intstock-multprice";
    public static final String CHK_HOLIDAY = "/uapi/domestic-stock/v1/quotations/chk-holiday";
    public static final String FAULTS = "/sandbox/faults";

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
