package io.stockobserver.provider.kis;

import io.stockobserver.provider.VenueProfile;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** KIS as a venue: KRX stocks in Seoul time, the 09:00–15:30 regular session, 41 real-time registrations. */
public final class KisVenueProfile {
    /** Real-time registrations one WebSocket session may hold (OPSP0008 MAX SUBSCRIBE OVER beyond). */
    public static final int REGISTRATIONS = 41;
    /** Symbols one intstock-multprice call carries at most. */
    public static final int MULTI_PRICE_BATCH = 30;

    private KisVenueProfile() {}

    public static VenueProfile profile() {
        return new VenueProfile(
                "kis",
                "kr_stocks",
                ZoneId.of("Asia/Seoul"),
                ZoneId.of("Asia/Seoul"), // acml_vol counts the KRX day
                Optional.of(new VenueProfile.TradingSession(
                        LocalTime.of(9, 0), LocalTime.of(15, 30), LocalTime.of(9, 30), LocalTime.of(15, 0))),
                REGISTRATIONS,
                MULTI_PRICE_BATCH,
                "[0-9A-Z]{6}",
                "a 6-character KRX code");
    }
}
