package io.stockobserver.provider.upbit;

import io.stockobserver.provider.VenueProfile;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Upbit as a venue: KRW-quoted crypto pairs, trading around the clock, partitioned by KST days (the zone of the
 * venue and of its operators). The stream has no registration cap of its own (one subscribe message carries every
 * code), so the budget is the observer's choice.
 */
public final class UpbitVenueProfile {
    /** Pairs such as {@code KRW-BTC}: quote currency, a dash, the coin. */
    public static final String SYMBOL_PATTERN = "[A-Z]{3,5}-[A-Z0-9]{1,15}";
    /** Codes one socket subscribes by default; configurable (OBSERVER_SLOT_REGISTRATIONS). */
    public static final int DEFAULT_REGISTRATIONS = 100;

    private UpbitVenueProfile() {}

    public static VenueProfile profile() {
        return new VenueProfile(
                "upbit",
                "krw_crypto",
                ZoneId.of("Asia/Seoul"),
                ZoneOffset.UTC, // acc_trade_volume and acc_trade_price count the UTC day
                Optional.empty(),
                DEFAULT_REGISTRATIONS,
                UpbitSettings.DEFAULT_TICKER_CHUNK,
                SYMBOL_PATTERN,
                "an Upbit pair such as KRW-BTC");
    }
}
