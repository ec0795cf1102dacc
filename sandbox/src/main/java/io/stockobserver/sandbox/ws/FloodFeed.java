package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.market.TradeEvent;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Benchmark mode: forces H0STCNT0 trades at a fixed total rate, round-robin over every symbol that has an H0STCNT0
 * registration, and packs each session's records into frames of a fixed size. A partial frame leaves after
 * {@value #MAX_FRAME_AGE_MILLIS} ms so slow rates still flow.
 *
 * <p>The rate is a budget that refills continuously and is capped at 50 ms worth of records, so a stalled thread
 * does not catch up with a burst. Runs on its own daemon thread, stopped by {@link #close()}.
 */
final class FloodFeed implements Runnable, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FloodFeed.class.getName());
    private static final long MAX_FRAME_AGE_MILLIS = 50;
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /** Records waiting to fill one session's next frame. */
    private static final class Packer {
        private final List<String> records = new ArrayList<>();
        private long firstNanos;
    }

    private final MarketModel market;
    private final SubscriptionIndex index;
    private final TradeRecordEncoder encoder = new TradeRecordEncoder();
    private final int recordsPerSecond;
    private final int recordsPerFrame;
    private final Map<WsSession, Packer> packers = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    FloodFeed(MarketModel market, SubscriptionIndex index, int recordsPerSecond, int recordsPerFrame) {
        if (recordsPerSecond < 1 || recordsPerFrame < 1 || recordsPerFrame > Frames.MAX_RECORDS) {
            throw new IllegalArgumentException("flood needs a rate >= 1 and 1..999 records per frame");
        }
        this.market = market;
        this.index = index;
        this.recordsPerSecond = recordsPerSecond;
        this.recordsPerFrame = recordsPerFrame;
        this.thread = new Thread(this, "kis-sandbox-flood");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        double budget = 0;
        long last = System.nanoTime();
        int cursor = 0;
        while (running) {
            long now = System.nanoTime();
            double cap = recordsPerSecond * 0.05 + recordsPerFrame;
            budget = Math.min(cap, budget + recordsPerSecond * (now - last) / 1e9);
            last = now;
            SubscriptionIndex.Snapshot snapshot = index.snapshot();
            List<String> symbols = snapshot.tradeSymbols();
            if (symbols.isEmpty()) {
                budget = 0;
                packers.clear();
            } else {
                int due = (int) budget;
                budget -= due;
                try {
                    cursor = emit(snapshot, symbols, due, cursor, now);
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "sandbox flood feed failed; continuing", e);
                }
            }
            LockSupport.parkNanos(IDLE_PARK_NANOS);
        }
    }

    private int emit(SubscriptionIndex.Snapshot snapshot, List<String> symbols, int due, int cursor, long now) {
        int next = cursor;
        Set<WsSession> touched = new HashSet<>();
        for (int i = 0; i < due; i++) {
            String code = symbols.get(Math.floorMod(next++, symbols.size()));
            Optional<TradeEvent> trade = market.contains(code) ? market.forceTrade(code) : Optional.empty();
            if (trade.isEmpty()) {
                continue;
            }
            String record = encoder.encode(trade.get());
            for (WsSession session : snapshot.subscribers(code).trades()) {
                Packer packer = packers.computeIfAbsent(session, key -> new Packer());
                if (packer.records.isEmpty()) {
                    packer.firstNanos = now;
                }
                packer.records.add(record);
                if (packer.records.size() >= recordsPerFrame) {
                    ship(session, packer);
                    touched.add(session);
                }
            }
        }
        long maxAge = TimeUnit.MILLISECONDS.toNanos(MAX_FRAME_AGE_MILLIS);
        packers.entrySet().removeIf(entry -> entry.getKey().isClosed());
        packers.forEach((session, packer) -> {
            if (!packer.records.isEmpty() && now - packer.firstNanos >= maxAge) {
                ship(session, packer);
                touched.add(session);
            }
        });
        touched.forEach(WsSession::flush);
        return next;
    }

    private static void ship(WsSession session, Packer packer) {
        session.deliver(Frames.frame(SupportedTr.H0STCNT0.name(), packer.records), packer.records.size());
        packer.records.clear();
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
