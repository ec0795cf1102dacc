package io.stockobserver.provider.upbit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP server that answers like Upbit's Quotation API: {@code /v1/market/all} with details, {@code
 * /v1/ticker} with one element per requested market, the venue's error body for unknown paths, and a
 * {@code Remaining-Req} header. Tests queue canned answers (429, 418, 5xx, garbage) that are served first.
 */
final class FakeUpbitRest implements AutoCloseable {
    static final String MARKETS = "[{\"market\":\"KRW-BTC\",\"korean_name\":\"비트코인\",\"english_name\":\"Bitcoin\","
            + "\"market_event\":{\"warning\":false,\"caution\":{\"PRICE_FLUCTUATIONS\":false,"
            + "\"TRADING_VOLUME_SOARING\":false,\"DEPOSIT_AMOUNT_SOARING\":false,\"GLOBAL_PRICE_DIFFERENCES\":false,"
            + "\"CONCENTRATION_OF_SMALL_ACCOUNTS\":false}}},"
            + "{\"market\":\"KRW-AERGO\",\"korean_name\":\"아르고\",\"english_name\":\"Aergo\","
            + "\"market_event\":{\"warning\":true,\"caution\":{\"PRICE_FLUCTUATIONS\":true,"
            + "\"TRADING_VOLUME_SOARING\":false,\"DEPOSIT_AMOUNT_SOARING\":true,\"GLOBAL_PRICE_DIFFERENCES\":false,"
            + "\"CONCENTRATION_OF_SMALL_ACCOUNTS\":false}}},"
            + "{\"market\":\"BTC-ETH\",\"korean_name\":\"이더리움\",\"english_name\":\"Ethereum\","
            + "\"market_warning\":\"CAUTION\"}]";

    /** A canned answer, served before the default behaviour. */
    record Canned(int status, String body, String remainingReq) {}

    private final HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final Deque<Canned> script = new ConcurrentLinkedDeque<>();

    FakeUpbitRest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The markets each {@code /v1/ticker} request asked for, in request order. */
    List<List<String>> tickerRequests() {
        List<List<String>> out = new ArrayList<>();
        for (String r : requests) {
            if (r.startsWith("/v1/ticker?markets=")) {
                out.add(List.of(r.substring("/v1/ticker?markets=".length()).split(",")));
            }
        }
        return out;
    }

    private void handle(HttpExchange x) throws IOException {
        String query = x.getRequestURI().getRawQuery();
        String target = x.getRequestURI().getPath() + (query == null ? "" : "?" + query);
        requests.add(target);
        Canned canned = script.poll();
        if (canned != null) {
            answer(x, canned.status(), canned.body(), canned.remainingReq());
            return;
        }
        String path = x.getRequestURI().getPath();
        if (path.equals("/v1/market/all")) {
            answer(x, 200, MARKETS, "group=market; min=1800; sec=9");
        } else if (path.equals("/v1/ticker") && query != null && query.startsWith("markets=")) {
            String markets = URLDecoder.decode(query.substring("markets=".length()), StandardCharsets.UTF_8);
            List<String> elements = new ArrayList<>();
            for (String m : markets.split(",")) {
                elements.add(ticker(m));
            }
            answer(x, 200, "[" + String.join(",", elements) + "]", "group=ticker; min=1800; sec=9");
        } else {
            answer(x, 404, "{\"error\":{\"name\":404,\"message\":\"Code not found\"}}", null);
        }
    }

    /** The 2018 ticker sample, for {@code market}. */
    static String ticker(String market) {
        return UpbitVectors.jsonLines(UpbitVectors.TICKER_2018)
                .get(0)
                .replace("\"market\":\"KRW-BTC\"", "\"market\":\"" + market + "\"");
    }

    private static void answer(HttpExchange x, int status, String body, String remainingReq) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (remainingReq != null) {
            x.getResponseHeaders().add("Remaining-Req", remainingReq);
        }
        x.getResponseHeaders()
                .add(
                        "Content-Type",
                        body.startsWith("{") || body.startsWith("[")
                                ? "application/json; charset=utf-8"
                                : "text/plain; charset=utf-8");
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
