package io.stockobserver.provider;

/** One venue behind the seam: every source a capability may ask, from one connection. */
public interface Venue {
    ListingSource listings();

    TradingDaySource tradingDays();

    SnapshotSource snapshots();

    StreamSource streams();

    ActivitySource activity();

    VenueConnection connection();
}
