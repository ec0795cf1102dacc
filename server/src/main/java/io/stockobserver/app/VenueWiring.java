package io.stockobserver.app;

import io.stockobserver.provider.SnapshotSource;
import io.stockobserver.provider.StreamSource;
import io.stockobserver.provider.TradingDaySource;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.provider.kis.KisGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Hands the capabilities the seam of the venue OBSERVER_PROVIDER names. The venue's gateway bean is created on first
 * use only, so a server of one venue never starts another venue's connection.
 */
@ApplicationScoped
public class VenueWiring {
    @Inject
    VenueProfile venue;

    @Inject
    Instance<KisGateway> kis;

    @Produces
    @Singleton
    TradingDaySource tradingDays() {
        return switch (venue.provider()) {
            case "kis" -> kis.get().tradingDays();
            default -> throw unknown();
        };
    }

    @Produces
    @Singleton
    SnapshotSource snapshots() {
        return switch (venue.provider()) {
            case "kis" -> kis.get().snapshots(venue.provider(), venue.market());
            default -> throw unknown();
        };
    }

    @Produces
    @Singleton
    StreamSource streams() {
        return switch (venue.provider()) {
            case "kis" -> kis.get().streams();
            default -> throw unknown();
        };
    }

    private IllegalStateException unknown() {
        return new IllegalStateException("no venue wiring for provider '" + venue.provider() + "'");
    }
}
