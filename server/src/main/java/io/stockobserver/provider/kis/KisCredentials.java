package io.stockobserver.provider.kis;

import java.util.Objects;

/**
 * An appkey/appsecret pair. {@link #toString()} never shows either value, so the pair can appear in log statements
 * and exception messages without leaking (ARCHITECTURE §7: secrets never reach logs, archives or metrics).
 */
public final class KisCredentials {
    private final String appKey;
    private final String appSecret;

    public KisCredentials(String appKey, String appSecret) {
        if (appKey == null || appKey.isBlank()) {
            throw new IllegalArgumentException("KIS_APP_KEY is not set");
        }
        if (appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException("KIS_APP_SECRET is not set");
        }
        this.appKey = appKey.trim();
        this.appSecret = appSecret.trim();
    }

    public String appKey() {
        return appKey;
    }

    public String appSecret() {
        return appSecret;
    }

    /** A short, non-reversible label for logs: the last 4 characters of the appkey. */
    public String label() {
        return "appkey…" + appKey.substring(Math.max(0, appKey.length() - 4));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KisCredentials other && appKey.equals(other.appKey) && appSecret.equals(other.appSecret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(appKey, appSecret);
    }

    @Override
    public String toString() {
        return "KisCredentials[" + label() + ", secret=***]";
    }
}
