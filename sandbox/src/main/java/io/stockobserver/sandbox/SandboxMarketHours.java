package io.stockobserver.sandbox;

/** When the simulated market trades. */
public enum SandboxMarketHours {
    /**
     * Always trading; timestamps are the real wall clock (KST) and the intraday activity profile follows a simulated
     * session phase, so the market looks open at any hour.
     */
    ALWAYS_OPEN,
    /** Only the KRX regular session, weekdays 09:00–15:30 Asia/Seoul; nothing trades outside it. */
    EXCHANGE
}
