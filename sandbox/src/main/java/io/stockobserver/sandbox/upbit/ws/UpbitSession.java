package io.stockobserver.sandbox.upbit.ws;

import io.stockobserver.sandbox.upbit.limit.SlidingWindowLimiter;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;

/**
 * One WebSocket connection: its subscription, its outbox, its message limits, and when data last flowed each way
 * (for the idle close).
 *
 * <p>A subscription is replaced and its SNAPSHOT frames queued under the session's lock, and REALTIME frames are
 * queued under the same lock after checking the subscription still holds them, so a REALTIME frame never precedes
 * the SNAPSHOT of its subscription nor follows its replacement.
 */
final class UpbitSession {

    /**
     * What a data frame depends on besides its event.
     *
     * @param format the subscription's key format
     * @param units orderbook rows
     */
    record Variant(FrameFormat format, int units) {}

    private static final String MESSAGE_KEY = "";

    private final WebSocket connection;
    private final SessionOutbox outbox;
    private final StallView stall;
    private final UpbitCounters counters;
    private final SlidingWindowLimiter messagesPerSecond;
    private final SlidingWindowLimiter messagesPerMinute;
    private volatile long lastInboundNanos = System.nanoTime();
    private volatile long lastDataSentNanos = System.nanoTime();
    private Subscription subscription = Subscription.NONE;
    private Future<?> statusTask;
    private Future<?> idleTask;
    private boolean closing;
    private boolean closed;

    UpbitSession(WebSocket connection, UpbitWsSettings settings, StallView stall, UpbitCounters counters) {
        this.connection = connection;
        this.stall = stall;
        this.counters = counters;
        this.outbox = new SessionOutbox(
                connection, settings.outboxCapacity(), counters, stall, sentAt -> lastDataSentNanos = sentAt);
        this.messagesPerSecond =
                new SlidingWindowLimiter(settings.messagesPerSecond(), 1_000_000_000L, System::nanoTime);
        this.messagesPerMinute =
                new SlidingWindowLimiter(settings.messagesPerMinute(), 60_000_000_000L, System::nanoTime);
    }

    /** Notes that the client sent something (a message, a ping or a pong frame). */
    void inbound() {
        lastInboundNanos = System.nanoTime();
    }

    /** Returns how long neither side has sent data ({@code {"status":"UP"}} does not count). */
    long idleNanos(long nowNanos) {
        return nowNanos - Math.max(lastInboundNanos, lastDataSentNanos);
    }

    /** Admits a client request against both message limits (5/s and 100/min by default). */
    boolean admitMessage() {
        if (messagesPerSecond.tryAdmit(MESSAGE_KEY) == SlidingWindowLimiter.REFUSED) {
            return false;
        }
        return messagesPerMinute.tryAdmit(MESSAGE_KEY) != SlidingWindowLimiter.REFUSED;
    }

    synchronized Subscription subscription() {
        return subscription;
    }

    /** Installs a subscription and returns the one it replaces. */
    synchronized Subscription replace(Subscription next) {
        Subscription previous = subscription;
        subscription = next;
        return previous;
    }

    /** Queues a SNAPSHOT frame; it leaves on the next {@link #flush()}. */
    void offerSnapshot(byte[] frame, DataType type) {
        outbox.offerData(frame, type.wireName(), true);
    }

    /**
     * Queues a REALTIME frame of an event at {@code nanos} if the subscription holds (type, market) with REALTIME
     * frames and the event is newer than its snapshot; the frame is only encoded then.
     */
    synchronized void offerRealtime(DataType type, String market, long nanos, Function<Variant, byte[]> encoder) {
        Optional<Subscription.Entry> entry = subscription.entry(type, market);
        if (entry.isEmpty() || !entry.get().realtime() || nanos <= entry.get().snapshotNanos()) {
            return;
        }
        outbox.offerData(
                encoder.apply(new Variant(subscription.format(), entry.get().units())), type.wireName(), false);
    }

    /** Queues and sends a control message. */
    void control(byte[] message) {
        outbox.offerControl(message);
        outbox.pump();
    }

    /** Sends {@code {"status":"UP"}} unless a stall holds the connection. */
    void sendStatus() {
        if (stall.stalled()) {
            return;
        }
        counters.statusSent();
        control(FrameEncoder.statusUp());
    }

    /** Sends what the socket can take now. */
    void flush() {
        outbox.pump();
    }

    /** Starts the status timer with {@code start} unless it already runs. */
    synchronized void startStatusTimer(Supplier<Future<?>> start) {
        if (statusTask == null && !closed) {
            statusTask = start.get();
        }
    }

    synchronized void attachIdleWatch(Future<?> task) {
        if (closed) {
            task.cancel(false);
        } else {
            idleTask = task;
        }
    }

    /** Marks the session as closing after an error frame: later requests and data are ignored. */
    synchronized Subscription startClosing() {
        closing = true;
        return replace(Subscription.NONE);
    }

    synchronized boolean isClosing() {
        return closing || closed;
    }

    /** Marks the session closed, stops its timers and returns the subscription it held. */
    synchronized Subscription close() {
        closed = true;
        cancel(statusTask);
        cancel(idleTask);
        return replace(Subscription.NONE);
    }

    /** Closes with a close frame (code 1000 after an error frame). */
    void closeNormally() {
        connection.close(CloseFrame.NORMAL);
    }

    /** Drops the TCP connection without a close frame (idle close, injected drop); the client sees 1006. */
    void abort(String reason) {
        connection.closeConnection(CloseFrame.ABNORMAL_CLOSE, reason);
    }

    private static void cancel(Future<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }
}
