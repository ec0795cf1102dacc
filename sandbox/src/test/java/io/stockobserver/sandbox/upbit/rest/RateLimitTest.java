package io.stockobserver.sandbox.upbit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.sandbox.upbit.UpbitRestClient;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    /** pyupbit's parser of the header (PROVIDERS_FACTS §1.2). */
    private static final Pattern REMAINING_REQ = Pattern.compile("group=([a-z\\-]+); min=([0-9]+); sec=([0-9]+)");

    private static UpbitSandbox small(UpbitSandboxOptions.Builder options) throws IOException {
        return UpbitSandbox.start(
                options.krwMarkets(20).btcMarkets(2).usdtMarkets(2).build());
    }

    private static Matcher remainingReq(HttpResponse<String> response) {
        String header = response.headers().firstValue("Remaining-Req").orElseThrow();
        Matcher matcher = REMAINING_REQ.matcher(header);
        assertThat(matcher.matches()).as(header).isTrue();
        return matcher;
    }

    /** Sends {@code count} GETs at once and returns the answers. */
    private static List<HttpResponse<String>> burst(URI base, String path, int count) {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, count)
                .mapToObj(i -> http.sendAsync(
                        HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        return calls.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void shouldCarryRemainingReqOfTheRightGroupOnEveryAnswerCountingDown() throws IOException {
        try (UpbitSandbox sandbox = small(UpbitSandboxOptions.builder())) {
            UpbitRestClient rest = new UpbitRestClient(sandbox.restBaseUrl());

            Matcher first = remainingReq(rest.get("/v1/ticker?markets=KRW-BTC"));
            Matcher second = remainingReq(rest.get("/v1/ticker/all?quote_currencies=KRW"));
            Matcher notFound = remainingReq(rest.get("/v1/ticker?markets=KRW-NOPE"));
            Matcher market = remainingReq(rest.get("/v1/market/all"));

            assertThat(first.group(1)).isEqualTo("ticker");
            assertThat(first.group(2)).isEqualTo("600");
            assertThat(Integer.parseInt(first.group(3))).isEqualTo(9);
            assertThat(Integer.parseInt(second.group(3))).isEqualTo(8);
            assertThat(Integer.parseInt(notFound.group(3))).isEqualTo(7);
            assertThat(market.group(1)).isEqualTo("market");
            assertThat(Integer.parseInt(market.group(3))).isEqualTo(9);
            assertThat(remainingReq(rest.get("/v1/orderbook?markets=KRW-BTC")).group(1))
                    .isEqualTo("orderbook");
            assertThat(remainingReq(rest.get("/v1/orderbook/instruments?markets=KRW-BTC"))
                            .group(1))
                    .isEqualTo("orderbook");
            assertThat(remainingReq(rest.get("/v1/trades/ticks?market=KRW-BTC")).group(1))
                    .isEqualTo("trade");
            assertThat(remainingReq(rest.get("/v1/candles/minutes/1?market=KRW-BTC"))
                            .group(1))
                    .isEqualTo("candle");
        }
    }

    @Test
    void shouldRefuseCallsBeyondTenASecondWithAPlainText429() throws IOException {
        try (UpbitSandbox sandbox = small(UpbitSandboxOptions.builder().refusalsBeforeBlock(1_000))) {
            long start = System.nanoTime();
            List<HttpResponse<String>> answers = burst(sandbox.restBaseUrl(), "/v1/ticker?markets=KRW-BTC", 30);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;

            List<HttpResponse<String>> refused = answers.stream()
                    .filter(answer -> answer.statusCode() == 429)
                    .toList();
            // At most 10 in any one second: a burst that took longer than a second may have got a few more in.
            assertThat(answers.stream().filter(answer -> answer.statusCode() == 200))
                    .hasSizeLessThanOrEqualTo(10 * (int) (seconds + 1));
            assertThat(refused).isNotEmpty();
            HttpResponse<String> one = refused.get(0);
            assertThat(one.body()).isEqualTo("Too many API requests.");
            assertThat(one.headers().firstValue("content-type").orElseThrow()).startsWith("text/plain");
            assertThat(remainingReq(one).group(3)).isEqualTo("0");
            assertThat(sandbox.stats().rateLimited(RateLimitGroup.TICKER)).isEqualTo(refused.size());
            assertThat(new UpbitRestClient(sandbox.restBaseUrl())
                            .get("/v1/market/all")
                            .statusCode())
                    .as("another group has its own budget")
                    .isEqualTo(200);
        }
    }

    @Test
    void shouldBlockAClientThatKeepsSendingWith418ForLongerEachTime() throws IOException {
        try (UpbitSandbox sandbox = small(UpbitSandboxOptions.builder()
                .refusalsBeforeBlock(3)
                .blockDuration(Duration.ofSeconds(2))
                .maxBlockDuration(Duration.ofSeconds(16)))) {
            UpbitRestClient rest = new UpbitRestClient(sandbox.restBaseUrl());

            long firstBlock = flood(sandbox, rest);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> rest.get("/v1/market/all").statusCode() == 200);
            long secondBlock = flood(sandbox, rest);

            assertThat(secondBlock).isGreaterThan(firstBlock);
            assertThat(sandbox.stats().blocksImposed()).isEqualTo(2);
            assertThat(sandbox.stats().blocked()).isPositive();
        }
    }

    /** Floods the ticker group until blocked; checks the 418 and returns the seconds it announces. */
    private static long flood(UpbitSandbox sandbox, UpbitRestClient rest) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> burst(sandbox.restBaseUrl(), "/v1/ticker?markets=KRW-BTC", 20).stream()
                        .anyMatch(answer -> answer.statusCode() == 418));
        HttpResponse<String> blocked = rest.get("/v1/orderbook?markets=KRW-BTC");
        assertThat(blocked.statusCode()).as("the block holds every group").isEqualTo(418);
        assertThat(remainingReq(blocked).group(1)).isEqualTo("orderbook");
        var error = UpbitRestClient.json(blocked).get("error");
        assertThat(error.get("name").asInt()).isEqualTo(418);
        Matcher seconds = Pattern.compile("blocked for (\\d+) seconds")
                .matcher(error.get("message").asText());
        assertThat(seconds.find()).isTrue();
        return Long.parseLong(seconds.group(1));
    }
}
