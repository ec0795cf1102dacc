package io.stockobserver.provider.kis;

import java.net.URI;
import java.util.Locale;

/**
 * The KIS environments the observer can talk to, with their documented default endpoints and REST limits
 * (KIS_API_FACTS §1, §3.5: real 18 calls/s, paper 1 call/s per appkey as of the 2026-04-20 notice).
 */
public enum KisEnvironment {
    /** Our own simulator, started in-process when no URL is configured. */
    SANDBOX(null, null, 18, true),
    /** 모의투자 (paper trading). */
    PAPER(
            URI.create("https://openapivts.koreainvestment.com:29443"),
            URI.create("ws://ops.koreainvestment.com:31000"),
            1,
            false),
    /** 실전 (real). */
    REAL(
            URI.create("https://openapi.koreainvestment.com:9443"),
            URI.create("ws://ops.koreainvestment.com:21000"),
            18,
            true);

    private final URI defaultRestUrl;
    private final URI defaultWsUrl;
    private final int defaultRestCallsPerSecond;
    private final boolean hasMultiPrice;

    KisEnvironment(URI rest, URI ws, int restCallsPerSecond, boolean hasMultiPrice) {
        this.defaultRestUrl = rest;
        this.defaultWsUrl = ws;
        this.defaultRestCallsPerSecond = restCallsPerSecond;
        this.hasMultiPrice = hasMultiPrice;
    }

    /** Parses {@code sandbox|paper|real} (case-insensitive) with an error that lists the valid values. */
    public static KisEnvironment parse(String value) {
        if (value == null || value.isBlank()) {
            return SANDBOX;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "KIS_ENV must be one of sandbox, paper, real but was '" + value + "'", e);
        }
    }

    /** Default REST base URL, or null for the sandbox (whose port is chosen at start). */
    public URI defaultRestUrl() {
        return defaultRestUrl;
    }

    /** Default WebSocket URL, or null for the sandbox. */
    public URI defaultWsUrl() {
        return defaultWsUrl;
    }

    public int defaultRestCallsPerSecond() {
        return defaultRestCallsPerSecond;
    }

    /** Whether intstock-multprice (FHKST11300006) exists here; it is "모의투자 미지원". */
    public boolean hasMultiPrice() {
        return hasMultiPrice;
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
