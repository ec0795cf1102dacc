package io.stockobserver.app;

import io.stockobserver.provider.VenueProfile;
import io.stockobserver.provider.kis.KisVenueProfile;
import io.stockobserver.provider.upbit.UpbitVenueProfile;
import java.util.List;
import java.util.Locale;

/** The venues this build can observe, by the id OBSERVER_PROVIDER names. */
final class Venues {
    static final String DEFAULT = "kis";
    static final List<String> IDS = List.of("kis", "upbit");

    private Venues() {}

    /** The profile of venue {@code id}; an unknown id is refused with the list of known ones. */
    static VenueProfile profile(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "kis" -> KisVenueProfile.profile();
            case "upbit" -> UpbitVenueProfile.profile();
            default -> throw new IllegalArgumentException(
                    "OBSERVER_PROVIDER must be one of " + String.join(", ", IDS) + " but was '" + id + "'");
        };
    }
}
