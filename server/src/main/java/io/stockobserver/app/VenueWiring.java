package io.stockobserver.app;

import io.stockobserver.provider.ActivitySource;
import io.stockobserver.provider.ListingSource;
import io.stockobserver.provider.SnapshotSource;
import io.stockobserver.provider.StreamSource;
import io.stockobserver.provider.TradingDaySource;
import io.stockobserver.provider.Venue;
import io.stockobserver.provider.VenueConnection;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.provider.kis.KisGateway;
import io.stockobserver.provider.upbit.UpbitGateway;
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
    VenueProfile profile;

    @Inject
    Instance<KisGateway> kis;

    @Inject
    Instance<UpbitGateway> upbit;

    private Venue venue() {
        return switch (profile.provider()) {
            case "kis" -> kis.get();
            case "upbit" -> upbit.get();
            default -> throw new IllegalStateException("no venue wiring for provider '" + profile.provider() + "'");
        };
    }

    @Produces
    @Singleton
    ListingSource listings() {
        return venue().listings();
    }

    @Produces
    @Singleton
    TradingDaySource tradingDays() {
        return venue().tradingDays();
    }

    @Produces
    @Singleton
    SnapshotSource snapshots() {
        return venue().snapshots();
    }

    @Produces
    @Singleton
    StreamSource streams() {
        return venue().streams();
    }

    @Produces
    @Singleton
    ActivitySource activity() {
        return venue().activity();
    }

    @Produces
    @Singleton
    VenueConnection connection() {
        return venue().connection();
    }
}
