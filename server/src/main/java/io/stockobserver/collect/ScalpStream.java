package io.stockobserver.collect;

import io.stockobserver.archive.RawJournal;
import io.stockobserver.archive.RawRef;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.FieldValueException;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.provider.kis.ApprovalKeyClient;
import io.stockobserver.provider.kis.KisControlMessage;
import io.stockobserver.provider.kis.KisDataFrame;
import io.stockobserver.provider.kis.KisFrameParseException;
import io.stockobserver.provider.kis.KisFrameParser;
import io.stockobserver.provider.kis.KisStreamListener;
import io.stockobserver.provider.kis.KisWebSocketSession;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the KIS real-time session for the scalp track: connects, registers the trade feed (H0STCNT0) of every
 * configured symbol, feeds the {@link LatestQuoteBook}, journals every message raw before parsing, and reconnects
 * with the seed's back-off, leaving a {@code reconnection_event} per attempt and a {@code gap_marker} per outage.
 * Every refused registration (e.g. OPSP0008 at the 42nd) becomes a {@code subscription_refused} event.
 *
 * <p>Design note: one trade registration per symbol gives every snapshot input (H0STCNT0 carries ASKP1/BIDP1 and their
 * sizes), so the 41 registrations cover 41 symbols (ARCHITECTURE §6).
 */
public final class ScalpStream implements KisStreamListener {
    private static final Logger LOG = Logger.getLogger(ScalpStream.class.getName());
    private static final String SCOPE = "scalp";

    private final URI wsUrl;
    private final ApprovalKeyClient approvals;
    private final RawJournal journal;
    private final LatestQuoteBook book;
    private final SystemEventLog events;
    private final GapRecorder gaps;
    private final ObserverSession session;
    private final Object subscriptionLock = new Object();
    private volatile List<String> symbols;
    private volatile Set<String> symbolSet;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final ReconnectBackoff backoff;
    private final String provider;

    private final Set<String> subscribed = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final AtomicInteger attempt = new AtomicInteger();
    private final AtomicBoolean reconnectPending = new AtomicBoolean();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong valueRejected = new AtomicLong();
    private final AtomicLong unsolicited = new AtomicLong();
    private final ConcurrentHashMap<String, AtomicLong> controlCodes = new ConcurrentHashMap<>();
    private volatile KisWebSocketSession current;
    private volatile boolean running;
    private volatile boolean everConnected;
    private volatile Instant lastMessage;
    private volatile Instant lastData;
    private volatile Instant outageSince;
    private volatile boolean closingForStale;

    public ScalpStream(
            URI wsUrl,
            ApprovalKeyClient approvals,
            RawJournal journal,
            LatestQuoteBook book,
            SystemEventLog events,
            GapRecorder gaps,
            ObserverSession session,
            List<String> symbols,
            Clock clock,
            ScheduledExecutorService scheduler,
            ReconnectBackoff backoff,
            String provider) {
        this.wsUrl = wsUrl;
        this.approvals = approvals;
        this.journal = journal;
        this.book = book;
        this.events = events;
        this.gaps = gaps;
        this.session = session;
        this.symbols = List.copyOf(new java.util.LinkedHashSet<>(symbols));
        this.symbolSet = Set.copyOf(this.symbols);
        this.clock = clock;
        this.scheduler = scheduler;
        this.backoff = backoff;
        this.provider = provider;
    }

    /** Starts connecting in the background. */
    public void start() {
        running = true;
        scheduler.execute(() -> connect(0));
    }

    /** Closes the session; no reconnection follows. */
    public void stop() {
        running = false;
        KisWebSocketSession s = current;
        if (s != null) {
            s.close();
        }
    }

    public boolean isConnected() {
        KisWebSocketSession s = current;
        return s != null && s.isOpen();
    }

    /** The symbols the stream registers (the slot manager's choice), in registration order. */
    public List<String> symbols() {
        return symbols;
    }

    /**
     * Makes {@code wanted} the registered set: on a live session, releases the symbols no longer wanted first
     * (unsubscribe, tr_type 2, so their registrations are free) and then registers the new ones (tr_type 1); the
     * replies arrive as control messages. Without a session the set is registered on the next connection.
     */
    public void updateSymbols(java.util.Collection<String> wanted) {
        List<String> next = List.copyOf(new java.util.LinkedHashSet<>(wanted));
        synchronized (subscriptionLock) {
            List<String> previous = symbols;
            symbols = next;
            symbolSet = Set.copyOf(next);
            List<String> removed =
                    previous.stream().filter(x -> !next.contains(x)).toList();
            List<String> added =
                    next.stream().filter(x -> !previous.contains(x)).toList();
            removed.forEach(refused::remove);
            KisWebSocketSession s = current;
            if (s == null || !s.isOpen()) {
                return;
            }
            try {
                for (String symbol : removed) {
                    s.unsubscribe(KisFrameParser.TRADE_TR, symbol);
                }
                for (String symbol : added) {
                    s.subscribe(KisFrameParser.TRADE_TR, symbol);
                }
            } catch (java.io.IOException e) {
                // the session is broken: onClosed reconnects and the new session registers the whole set
                LOG.log(Level.WARNING, "KIS real-time (un)registration failed: " + e.getMessage());
            }
        }
    }

    /** Symbols whose registration KIS confirmed (OPSP0000) on the current session. */
    public Set<String> subscribedSymbols() {
        return Set.copyOf(subscribed);
    }

    /** Symbols whose registration KIS refused (e.g. OPSP0008 MAX SUBSCRIBE OVER). */
    public Set<String> refusedSymbols() {
        return Set.copyOf(refused);
    }

    public long reconnectAttempts() {
        return reconnects.get();
    }

    public long malformedFrames() {
        return malformed.get();
    }

    public long recordsReceived() {
        return records.get();
    }

    /** Control replies received, by msg_cd. */
    public Map<String, Long> controlReplies() {
        Map<String, Long> out = new java.util.TreeMap<>();
        controlCodes.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public Instant lastMessageTime() {
        return lastMessage;
    }

    /** Connection attempt {@code n} (0 the first connection of the run, no reconnection_event for it). */
    private void connect(int n) {
        if (!running) {
            return;
        }
        KisWebSocketSession live = current;
        if (n > 0 && live != null && live.isOpen()) {
            attempt.set(0); // a late loss report from a session already replaced: the stream is connected
            return;
        }
        KisWebSocketSession s = null;
        try {
            String key = approvals.approvalKey();
            s = new KisWebSocketSession(wsUrl, key, this, clock);
            s.connect();
            List<String> registered;
            synchronized (subscriptionLock) {
                current = s;
                subscribed.clear();
                refused.clear();
                registered = symbols;
                for (String symbol : registered) {
                    s.subscribe(KisFrameParser.TRADE_TR, symbol);
                }
            }
            Instant now = clock.instant();
            if (n > 0) {
                reconnectionEvent(n, "SUCCESS", registered);
            }
            gaps.close(SCOPE, GapRecorder.Reason.WS_DISCONNECT, now);
            gaps.close(SCOPE, GapRecorder.Reason.WS_STALE, now);
            outageSince = null;
            lastData = now; // the watchdog measures silence from here until the first frame
            attempt.set(0);
            everConnected = true;
            LOG.info("KIS real-time session open at " + wsUrl + ", " + registered.size() + " registrations requested");
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return;
            }
            LOG.log(Level.WARNING, "KIS real-time connection attempt failed: " + e.getMessage());
            if (s != null) {
                s.close(); // opened but lost while registering: its close report and ours start one chain
            }
            if (n > 0) {
                reconnectionEvent(n, "FAIL", List.of());
            } else {
                gaps.open(SCOPE, GapRecorder.Reason.WS_DISCONNECT, clock.instant());
            }
            if (outageSince == null) {
                outageSince = clock.instant();
            }
            scheduleReconnect();
        }
    }

    /**
     * Schedules the next attempt unless one is already pending: a failed attempt and the loss of the session it
     * opened both ask, and one chain of attempts keeps the numbering and the back-off of seed 003 §2.11.
     */
    private void scheduleReconnect() {
        if (!running || !reconnectPending.compareAndSet(false, true)) {
            return;
        }
        int next = attempt.incrementAndGet();
        reconnects.incrementAndGet();
        scheduler.schedule(
                () -> {
                    reconnectPending.set(false);
                    connect(next);
                },
                backoff.delay(next).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void reconnectionEvent(int n, String result, List<String> recovered) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("timestamp", clock.instant());
        f.put("attempt_no", n);
        f.put("backoff_seconds", ReconnectBackoff.nominal(n).toSeconds());
        f.put("result", result);
        f.put("recovered_slot_list", new ArrayList<>(recovered));
        f.put("mitigation_level_after", session.mitigationLevel());
        events.record("reconnection_event", f);
    }

    @Override
    public String onRaw(String message, Instant receiveTime, long receivedAtNanos) {
        lastMessage = receiveTime;
        RawRef ref = journal.journal(provider, "ws", message, receiveTime, receivedAtNanos);
        return ref.journaled() ? ref.toString() : null;
    }

    @Override
    public void onData(KisDataFrame frame, String rawRef, Instant receiveTime, long receivedAtNanos) {
        lastData = receiveTime;
        if (frame.encrypted()) {
            return; // execution notices are not subscribed by the observer
        }
        boolean trade = KisFrameParser.TRADE_TR.equals(frame.trId());
        boolean orderbook = KisFrameParser.ORDERBOOK_TR.equals(frame.trId());
        for (String[] r : frame.records()) {
            if ((trade || orderbook) && !symbolSet.contains(r[0])) {
                unsolicited.incrementAndGet(); // not registered by us: never lets a sender grow the book
                continue;
            }
            try {
                if (trade) {
                    book.onTrade(r, rawRef, receiveTime);
                } else if (orderbook) {
                    book.onOrderbook(r, rawRef, receiveTime);
                }
                records.incrementAndGet();
            } catch (FieldValueException e) {
                valueRejected(frame, e, rawRef);
            } catch (RuntimeException e) {
                onMalformed(new KisFrameParseException("bad value in " + frame.trId() + ": " + e, frame.raw()), rawRef);
            }
        }
    }

    /** A record with a value outside its field's bounds: counted, evidence sampled (1st, 2nd, 4th, 8th…). */
    private void valueRejected(KisDataFrame frame, FieldValueException e, String rawRef) {
        long n = valueRejected.incrementAndGet();
        if (Long.bitCount(n) == 1) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("tr_id", frame.trId());
            f.put("field", e.field());
            f.put("problem", e.problem());
            f.put("value", e.excerpt());
            f.put("raw_ref", rawRef);
            f.put("frame_chars", frame.raw().length());
            f.put("rejected_total", n);
            events.record("frame_value_rejected", f);
            LOG.warning("KIS real-time record refused (" + n + " so far): " + e.getMessage());
        }
    }

    /** Records refused because a value was out of its field's bounds ({@code frame_value_rejected}). */
    public long valueRejectedRecords() {
        return valueRejected.get();
    }

    /** Records for symbols this stream did not register (ignored). */
    public long unsolicitedRecords() {
        return unsolicited.get();
    }

    @Override
    public void onControl(KisControlMessage m) {
        String code = m.msgCd() == null ? "none" : m.msgCd();
        controlCodes.computeIfAbsent(code, k -> new AtomicLong()).incrementAndGet();
        boolean aboutASymbol = Set.of(
                        KisControlMessage.SUBSCRIBED,
                        KisControlMessage.UNSUBSCRIBED,
                        KisControlMessage.MAX_SUBSCRIBE_OVER,
                        KisControlMessage.ALREADY_SUBSCRIBED)
                .contains(code);
        if (aboutASymbol && (m.trKey() == null || m.trKey().isBlank())) {
            events.record("ws_control_error", controlFields(m)); // a reply about no symbol cannot change the set
            return;
        }
        switch (code) {
            case KisControlMessage.SUBSCRIBED -> subscribed.add(m.trKey());
            case KisControlMessage.UNSUBSCRIBED -> subscribed.remove(m.trKey());
            case KisControlMessage.MAX_SUBSCRIBE_OVER, KisControlMessage.ALREADY_SUBSCRIBED -> {
                refused.add(m.trKey());
                LOG.warning("KIS refused registration " + m.trId() + "/" + m.trKey() + ": " + code + " " + m.msg1());
                events.record("subscription_refused", controlFields(m));
            }
            case KisControlMessage.APPKEY_IN_USE, KisControlMessage.INVALID_APPROVAL -> {
                LOG.severe("KIS refused the real-time session: " + code + " " + m.msg1());
                events.record("session_refused", controlFields(m));
            }
            default -> {
                if (!m.isSuccess()) {
                    events.record("ws_control_error", controlFields(m));
                }
            }
        }
    }

    private static Map<String, Object> controlFields(KisControlMessage m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("tr_id", m.trId());
        f.put("tr_key", m.trKey());
        f.put("rt_cd", m.rtCd());
        f.put("msg_cd", m.msgCd());
        f.put("msg1", m.msg1());
        return f;
    }

    @Override
    public void onMalformed(KisFrameParseException error, String rawRef) {
        long n = malformed.incrementAndGet();
        if (Long.bitCount(n) == 1) { // 1st, 2nd, 4th, 8th…: evidence without flooding; the count is a metric
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("reason", error.getMessage());
            f.put("raw_ref", rawRef);
            f.put("malformed_total", n);
            events.record("frame_malformed", f);
        }
    }

    @Override
    public void onOpen() {
        lastMessage = clock.instant();
    }

    @Override
    public void onClosed(String reason) {
        subscribed.clear();
        if (!running) {
            return;
        }
        LOG.warning("KIS real-time session lost: " + reason);
        Instant now = clock.instant();
        if (closingForStale) {
            closingForStale = false; // the stale gap opened by the watchdog already covers this outage
        } else {
            gaps.open(SCOPE, GapRecorder.Reason.WS_DISCONNECT, now);
        }
        if (outageSince == null) {
            outageSince = now;
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("reason", reason);
        events.record("ws_disconnected", f);
        scheduleReconnect();
    }

    /** Whether the stream has ever been connected in this run (start-up probe). */
    public boolean everConnected() {
        return everConnected;
    }

    /** How long since the last data frame (control messages and PINGPONG do not count), for the watchdog. */
    public Duration dataSilence(Instant now) {
        Instant last = lastData;
        return last == null ? Duration.ZERO : Duration.between(last, now);
    }

    /** How long the stream has been down without interruption, or zero while connected. */
    public Duration outage(Instant now) {
        Instant since = outageSince;
        return since == null ? Duration.ZERO : Duration.between(since, now);
    }

    /**
     * Treats a connected but silent stream as an outage (the watchdog's verdict): opens a {@code ws_stale} gap from
     * the last data frame, closes the session and lets the normal reconnection take over.
     */
    public void abandonStaleSession(Instant now) {
        KisWebSocketSession s = current;
        if (s == null || !s.isOpen()) {
            return;
        }
        Instant last = lastData == null ? now : lastData;
        gaps.open(SCOPE, GapRecorder.Reason.WS_STALE, last);
        closingForStale = true;
        s.close();
    }
}
