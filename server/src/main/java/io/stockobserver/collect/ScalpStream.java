package io.stockobserver.collect;

import io.stockobserver.archive.RawJournal;
import io.stockobserver.archive.RawRef;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.FieldValueException;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.provider.QuoteTop;
import io.stockobserver.provider.StreamEvent;
import io.stockobserver.provider.StreamListener;
import io.stockobserver.provider.StreamSession;
import io.stockobserver.provider.StreamSource;
import io.stockobserver.provider.TradeTick;
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
 * Keeps the venue's real-time session for the scalp track: connects through the venue's {@link StreamSource},
 * registers every configured symbol, feeds the {@link LatestQuoteBook}, journals every message raw before parsing,
 * and reconnects with the seed's back-off, leaving a {@code reconnection_event} per attempt and a {@code gap_marker}
 * per outage. Every refused registration (KIS: OPSP0008 at the 42nd) becomes a {@code subscription_refused} event.
 *
 * <p>Design note: for KIS one trade registration per symbol gives every snapshot input (H0STCNT0 carries ASKP1/BIDP1
 * and their sizes), so the 41 registrations cover 41 symbols (ARCHITECTURE §6).
 */
public final class ScalpStream implements StreamListener {
    private static final Logger LOG = Logger.getLogger(ScalpStream.class.getName());
    private static final String SCOPE = "scalp";

    private final StreamSource source;
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
    private volatile StreamSession current;
    private volatile boolean running;
    private volatile boolean everConnected;
    private volatile Instant lastMessage;
    private volatile Instant lastData;
    /** The venue's last keep-alive answer of this session (venues where a quiet market sends nothing). */
    private volatile Instant lastAlive;

    private volatile Instant outageSince;
    private volatile boolean closingForStale;

    public ScalpStream(
            StreamSource source,
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
        this.source = source;
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
        StreamSession s = current;
        if (s != null) {
            s.close();
        }
    }

    public boolean isConnected() {
        StreamSession s = current;
        return s != null && s.isOpen();
    }

    /** The symbols the stream registers (the slot manager's choice), in registration order. */
    public List<String> symbols() {
        return symbols;
    }

    /**
     * Makes {@code wanted} the registered set: on a live session the venue's source releases the symbols no longer
     * wanted and registers the new ones (KIS: tr_type 2 first, so their registrations are free, then tr_type 1); the
     * replies arrive as stream events. Without a session the set is registered on the next connection.
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
            StreamSession s = current;
            if (s == null || !s.isOpen() || (removed.isEmpty() && added.isEmpty())) {
                return;
            }
            try {
                s.register(previous, next);
            } catch (java.io.IOException e) {
                // the session is broken: onClosed reconnects and the new session registers the whole set
                LOG.log(Level.WARNING, source.name() + " (un)registration failed: " + e.getMessage());
            }
        }
    }

    /** Symbols whose registration the venue confirmed (KIS: OPSP0000) on the current session. */
    public Set<String> subscribedSymbols() {
        return Set.copyOf(subscribed);
    }

    /** Symbols whose registration the venue refused (KIS: OPSP0008 MAX SUBSCRIBE OVER). */
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

    /** Control replies received, by the venue's code (KIS msg_cd). */
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
        StreamSession live = current;
        if (n > 0 && live != null && live.isOpen()) {
            attempt.set(0); // a late loss report from a session already replaced: the stream is connected
            return;
        }
        StreamSession s = null;
        try {
            s = source.connect(this);
            List<String> registered;
            synchronized (subscriptionLock) {
                current = s;
                subscribed.clear();
                refused.clear();
                registered = symbols;
                s.register(List.of(), registered);
            }
            Instant now = clock.instant();
            if (n > 0) {
                reconnectionEvent(n, "SUCCESS", registered);
            }
            gaps.close(SCOPE, GapRecorder.Reason.WS_DISCONNECT, now);
            gaps.close(SCOPE, GapRecorder.Reason.WS_STALE, now);
            outageSince = null;
            lastData = now; // the watchdog measures silence from here until the first frame
            lastAlive = null;
            attempt.set(0);
            everConnected = true;
            LOG.info(source.name() + " session open, " + registered.size() + " registrations requested");
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return;
            }
            LOG.log(Level.WARNING, source.name() + " connection attempt failed: " + e.getMessage());
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
    public boolean wants(String symbol) {
        if (symbolSet.contains(symbol)) {
            return true;
        }
        unsolicited.incrementAndGet(); // not registered by us: never lets a sender grow the book
        return false;
    }

    @Override
    public void onDataMessage(Instant receiveTime) {
        lastData = receiveTime;
    }

    @Override
    public void onAlive() {
        lastAlive = clock.instant();
    }

    @Override
    public void onTrade(TradeTick tick) {
        book.onTrade(tick);
        records.incrementAndGet();
    }

    @Override
    public void onQuote(QuoteTop quote) {
        book.onQuote(quote);
        records.incrementAndGet();
    }

    /** A record with a value outside its field's bounds: counted, evidence sampled (1st, 2nd, 4th, 8th…). */
    @Override
    public void onValueRejected(String kind, FieldValueException e, String rawRef, int messageChars) {
        long n = valueRejected.incrementAndGet();
        if (Long.bitCount(n) == 1) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("tr_id", kind);
            f.put("field", e.field());
            f.put("problem", e.problem());
            f.put("value", e.excerpt());
            f.put("raw_ref", rawRef);
            f.put("frame_chars", messageChars);
            f.put("rejected_total", n);
            events.record("frame_value_rejected", f);
            LOG.warning(source.name() + " record refused (" + n + " so far): " + e.getMessage());
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
    public void onEvent(StreamEvent e) {
        controlCodes.computeIfAbsent(e.code(), k -> new AtomicLong()).incrementAndGet();
        switch (e.kind()) {
            case REGISTERED -> subscribed.add(e.symbol());
            case RELEASED -> subscribed.remove(e.symbol());
            case REGISTRATION_REFUSED -> {
                refused.add(e.symbol());
                LOG.warning(
                        source.name() + " refused registration of " + e.symbol() + ": " + e.code() + " " + e.message());
                events.record("subscription_refused", e.fields());
            }
            case SESSION_REFUSED -> {
                LOG.severe(source.name() + " refused the session: " + e.code() + " " + e.message());
                events.record("session_refused", e.fields());
            }
            case ERROR -> events.record("ws_control_error", e.fields());
            case INFO -> {
                // a success with nothing to change (keep-alive status and the like): counted above
            }
        }
    }

    @Override
    public void onMalformed(String reason, String rawRef) {
        long n = malformed.incrementAndGet();
        if (Long.bitCount(n) == 1) { // 1st, 2nd, 4th, 8th…: evidence without flooding; the count is a metric
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("reason", reason);
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
        LOG.warning(source.name() + " session lost: " + reason);
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

    /**
     * How long since the last data frame or, on a venue whose quiet market sends nothing, the last keep-alive answer
     * (control messages and KIS PINGPONG do not count), for the watchdog.
     */
    public Duration dataSilence(Instant now) {
        Instant last = lastDelivery();
        return last == null ? Duration.ZERO : Duration.between(last, now);
    }

    private Instant lastDelivery() {
        Instant data = lastData;
        Instant alive = lastAlive;
        return alive != null && (data == null || alive.isAfter(data)) ? alive : data;
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
        StreamSession s = current;
        if (s == null || !s.isOpen()) {
            return;
        }
        Instant last = lastDelivery() == null ? now : lastDelivery();
        gaps.open(SCOPE, GapRecorder.Reason.WS_STALE, last);
        closingForStale = true;
        s.close();
    }
}
