package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.market.Surge;
import io.stockobserver.sandbox.market.SurgeKind;
import io.stockobserver.sandbox.rest.AdminBody;
import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The Upbit sandbox's surge resource, {@code /sandbox/surges} — not an Upbit API, the same shape as the KIS
 * sandbox's: POST schedules one surge from {@code {"symbol","kind","multiplier","startInSeconds","durationSeconds"}}
 * (symbol is a market such as KRW-BTC; startInSeconds optional, default 0, counted from the call) and answers it;
 * GET lists every surge with its state; DELETE removes them all.
 */
final class UpbitSurgeAdminEndpoint extends UpbitAdminResource {

    static final String PATH = "/sandbox/surges";

    private static final Set<String> FIELDS =
            Set.of("symbol", "kind", "multiplier", "startInSeconds", "durationSeconds");
    private static final double NANOS_PER_SECOND = 1e9;

    private final UpbitMarketModel market;

    private UpbitSurgeAdminEndpoint(UpbitMarketModel market) {
        this.market = Objects.requireNonNull(market, "market");
    }

    /** Returns the GET, POST and DELETE endpoints over one market model. */
    static List<RestEndpoint> all(UpbitMarketModel market) {
        return new UpbitSurgeAdminEndpoint(market).endpoints();
    }

    @Override
    protected String path() {
        return PATH;
    }

    @Override
    protected Set<String> fields() {
        return FIELDS;
    }

    @Override
    protected String noun() {
        return "surge";
    }

    @Override
    protected ObjectNode state() {
        Instant now = market.now();
        ArrayNode surges = KisJson.array();
        market.surges().forEach(surge -> surges.add(json(surge, now)));
        ObjectNode body = KisJson.object().put("now", now.toString());
        body.set("surges", surges);
        return body;
    }

    @Override
    protected ObjectNode post(AdminBody body) {
        String symbol = body.text("symbol");
        SurgeKind kind = kind(body.text("kind"));
        double multiplier = body.positiveNumber("multiplier", Surge.MAX_MULTIPLIER);
        double maxSeconds = Surge.MAX_DURATION.toSeconds();
        double delay = body.has("startInSeconds") ? body.number("startInSeconds", maxSeconds) : 0;
        double duration = body.positiveNumber("durationSeconds", maxSeconds);
        Instant start = market.now().plus(seconds(delay));
        return json(market.scheduleSurge(symbol, kind, multiplier, start, seconds(duration)), market.now());
    }

    @Override
    protected void clear() {
        market.clearSurges();
    }

    private static ObjectNode json(Surge surge, Instant now) {
        return KisJson.object()
                .put("id", surge.id())
                .put("symbol", surge.code())
                .put("kind", surge.kind().name())
                .put("multiplier", surge.multiplier())
                .put("start", surge.start().toString())
                .put("end", surge.end().toString())
                .put("state", surge.state(now).name());
    }

    private static SurgeKind kind(String text) {
        try {
            return SurgeKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be VOLUME, VELOCITY or VOLATILITY: " + text);
        }
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * NANOS_PER_SECOND));
    }
}
