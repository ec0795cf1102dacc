package io.stockobserver.sandbox.upbit.rest;

import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** The endpoint lists of the Upbit REST server: what Upbit serves, and the sandbox's own admin resources. */
public final class UpbitEndpoints {

    private UpbitEndpoints() {}

    /** Returns the Quotation API endpoints over a market model. */
    public static List<RestEndpoint> quotation(UpbitMarketModel market, int maxMarketsPerCall) {
        List<RestEndpoint> endpoints = new ArrayList<>(List.of(
                new MarketAllEndpoint(market),
                new TickerEndpoint(market, maxMarketsPerCall),
                new TickerAllEndpoint(market),
                new OrderbookEndpoint(market, maxMarketsPerCall),
                new OrderbookInstrumentsEndpoint(market, maxMarketsPerCall),
                new TradesTicksEndpoint(market)));
        MinuteCandlesEndpoint.UNITS.forEach(unit -> endpoints.add(new MinuteCandlesEndpoint(market, unit)));
        return endpoints;
    }

    /**
     * Returns the admin resources: {@code /sandbox/faults}, {@code /sandbox/ws-faults}, {@code /sandbox/surges} and
     * {@code /sandbox/stats}. They have no authentication; register them only on a loopback address.
     *
     * @param sessionDropper cuts every WebSocket connection and says how many it cut
     */
    public static List<RestEndpoint> admin(
            UpbitMarketModel market,
            RestFaultPlan restFaults,
            WsFaultPlan wsFaults,
            IntSupplier sessionDropper,
            UpbitCounters counters) {
        List<RestEndpoint> endpoints = new ArrayList<>();
        endpoints.addAll(UpbitFaultAdminEndpoint.all(restFaults));
        endpoints.addAll(UpbitWsFaultAdminEndpoint.all(wsFaults, sessionDropper));
        endpoints.addAll(UpbitSurgeAdminEndpoint.all(market));
        endpoints.add(new UpbitStatsEndpoint(counters, market));
        return endpoints;
    }
}
