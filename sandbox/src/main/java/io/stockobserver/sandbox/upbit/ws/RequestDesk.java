package io.stockobserver.sandbox.upbit.ws;

import io.stockobserver.sandbox.upbit.market.MarketSnapshot;
import io.stockobserver.sandbox.upbit.market.OrderbookSnapshot;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import io.stockobserver.sandbox.upbit.ws.FrameEncoder.StreamType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Answers what clients send: a text {@code PING} starts the {@code {"status":"UP"}} replies; any other message
 * counts against the connection's message limits and is parsed as a request. A subscription replaces the previous
 * one and is answered with no acknowledgement, only SNAPSHOT frames (unless REALTIME-only); LIST_SUBSCRIPTIONS is
 * answered with the subscription as requested; a malformed request gets an error frame and, after
 * {@code errorCloseDelay}, a close 1000.
 *
 * <p>Codes that are not listed — unknown, or lower-case — are ignored silently (UPROBE §4). Orderbook codes may end
 * in {@code .1}, {@code .5}, {@code .15} or {@code .30} rows; another number is served as 30 (Upbit changelog
 * 2025-07-02).
 */
final class RequestDesk {

    private static final String PING = "PING";
    private static final List<Integer> ORDERBOOK_UNITS = List.of(1, 5, 15, 30);

    /**
     * One accepted (type, market) of a request, in request order.
     *
     * @param type the data type
     * @param market the market code
     * @param units orderbook rows
     * @param request the type object it came from
     */
    private record Planned(DataType type, String market, int units, TypeRequest request) {}

    private final UpbitMarketModel market;
    private final SubscriptionIndex index;
    private final UpbitWsSettings settings;
    private final ScheduledExecutorService scheduler;
    private final UpbitCounters counters;

    RequestDesk(
            UpbitMarketModel market,
            SubscriptionIndex index,
            UpbitWsSettings settings,
            ScheduledExecutorService scheduler,
            UpbitCounters counters) {
        this.market = market;
        this.index = index;
        this.settings = settings;
        this.scheduler = scheduler;
        this.counters = counters;
    }

    void handle(UpbitSession session, String text) {
        if (session.isClosing()) {
            return;
        }
        if (PING.equals(text.trim())) {
            counters.textPingReceived();
            answerPing(session);
            return;
        }
        if (!session.admitMessage()) {
            counters.messageRateRefused();
            RequestError error = RequestError.tooManyRequests();
            counters.requestError(error.name());
            session.control(FrameEncoder.error(error));
            return;
        }
        try {
            ClientRequest request = RequestParser.parse(text);
            if (request instanceof ClientRequest.Subscribe subscribe) {
                subscribe(session, subscribe);
            } else if (request instanceof ClientRequest.ListSubscriptions list) {
                list(session, list);
            }
        } catch (RequestError error) {
            fail(session, error);
        }
    }

    /** Releases a closed connection's markets. */
    void release(UpbitSession session) {
        Subscription held = session.close();
        index.route(session, held.markets(), Set.of());
        index.release(held.markets());
        counters.subscriptionsChanged(-held.size());
    }

    private void answerPing(UpbitSession session) {
        session.sendStatus();
        long interval = settings.statusInterval().toNanos();
        session.startStatusTimer(
                () -> scheduler.scheduleAtFixedRate(session::sendStatus, interval, interval, TimeUnit.NANOSECONDS));
    }

    private void subscribe(UpbitSession session, ClientRequest.Subscribe request) {
        List<Planned> planned = plan(request);
        Set<String> markets = new LinkedHashSet<>();
        planned.forEach(entry -> markets.add(entry.market()));
        synchronized (session) {
            if (session.isClosing()) {
                return;
            }
            index.acquire(markets);
            Map<String, MarketSnapshot> snapshots = new LinkedHashMap<>();
            markets.forEach(code -> snapshots.put(code, market.snapshot(code)));
            Subscription next = subscription(request, planned, snapshots);
            Subscription previous = session.replace(next);
            index.route(session, previous.markets(), next.markets());
            index.release(previous.markets());
            counters.subscriptionsChanged(next.size() - previous.size());
            for (Planned entry : planned) {
                if (!entry.request().onlyRealtime()) {
                    MarketSnapshot snapshot = snapshots.get(entry.market());
                    session.offerSnapshot(snapshotFrame(entry, snapshot, request.format()), entry.type());
                }
            }
        }
        counters.subscribeRequest();
        session.flush();
    }

    private List<Planned> plan(ClientRequest.Subscribe request) {
        Map<DataType, Map<String, Planned>> byType = new EnumMap<>(DataType.class);
        for (TypeRequest type : request.types()) {
            for (String code : type.codes()) {
                resolve(type, code)
                        .ifPresent(planned -> byType.computeIfAbsent(type.type(), key -> new LinkedHashMap<>())
                                .put(planned.market(), planned));
            }
        }
        List<Planned> planned = new ArrayList<>();
        byType.values().forEach(byMarket -> planned.addAll(byMarket.values()));
        return planned;
    }

    /** Returns the market and rows a code asks for, or empty when the code is not listed. */
    private Optional<Planned> resolve(TypeRequest type, String code) {
        String marketCode = code;
        int units = OrderbookSnapshot.MAX_UNITS;
        int dot = code.lastIndexOf('.');
        if (type.type() == DataType.ORDERBOOK && dot > 0) {
            marketCode = code.substring(0, dot);
            units = units(code.substring(dot + 1));
            if (units == 0) {
                return Optional.empty();
            }
        }
        return market.contains(marketCode)
                ? Optional.of(new Planned(type.type(), marketCode, units, type))
                : Optional.empty();
    }

    /** Returns the rows of a suffix: 1, 5, 15 or 30; another number 30; not a number 0 (the code is unknown). */
    private static int units(String suffix) {
        if (!suffix.matches("\\d{1,4}")) {
            return 0;
        }
        int asked = Integer.parseInt(suffix);
        return ORDERBOOK_UNITS.contains(asked) ? asked : OrderbookSnapshot.MAX_UNITS;
    }

    private static Subscription subscription(
            ClientRequest.Subscribe request, List<Planned> planned, Map<String, MarketSnapshot> snapshots) {
        Map<DataType, Map<String, Subscription.Entry>> entries = new EnumMap<>(DataType.class);
        for (Planned entry : planned) {
            entries.computeIfAbsent(entry.type(), key -> new LinkedHashMap<>())
                    .put(
                            entry.market(),
                            new Subscription.Entry(
                                    entry.market(),
                                    entry.units(),
                                    !entry.request().onlySnapshot(),
                                    snapshots.get(entry.market()).asOfNanos()));
        }
        return new Subscription(request.ticket(), request.format(), request.types(), entries);
    }

    private static byte[] snapshotFrame(Planned entry, MarketSnapshot snapshot, FrameFormat format) {
        return switch (entry.type()) {
            case TICKER -> FrameEncoder.ticker(snapshot.ticker(), StreamType.SNAPSHOT, format);
            case TRADE -> FrameEncoder.trade(
                    snapshot.lastTrade(), snapshot.ticker().timestamp(), StreamType.SNAPSHOT, format);
            case ORDERBOOK -> FrameEncoder.orderbook(snapshot.orderbook(), entry.units(), StreamType.SNAPSHOT, format);
        };
    }

    private void list(UpbitSession session, ClientRequest.ListSubscriptions request) {
        counters.listRequest();
        session.control(FrameEncoder.subscriptions(
                request.ticket(), session.subscription().requested(), request.format()));
    }

    /** Sends the error frame, stops the connection's data and closes it with 1000 after the delay. */
    private void fail(UpbitSession session, RequestError error) {
        counters.requestError(error.name());
        Subscription dropped = session.startClosing();
        index.route(session, dropped.markets(), Set.of());
        index.release(dropped.markets());
        counters.subscriptionsChanged(-dropped.size());
        session.control(FrameEncoder.error(error));
        scheduler.schedule(
                () -> {
                    counters.errorClosed();
                    session.closeNormally();
                },
                settings.errorCloseDelay().toNanos(),
                TimeUnit.NANOSECONDS);
    }
}
