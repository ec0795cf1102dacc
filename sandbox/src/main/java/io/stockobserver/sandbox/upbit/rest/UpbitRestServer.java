package io.stockobserver.sandbox.upbit.rest;

import com.sun.net.httpserver.HttpServer;
import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.upbit.limit.RefusalEscalation;
import io.stockobserver.sandbox.upbit.limit.SlidingWindowLimiter;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server carrying the Upbit REST endpoints, bound to one address, with a small daemon thread pool and
 * a bounded request queue (when it is full the accepting thread answers, which slows clients down instead of
 * queueing without limit).
 */
public final class UpbitRestServer implements AutoCloseable {

    private static final int THREADS = 4;
    private static final int QUEUE = 256;
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    private UpbitRestServer(HttpServer server, ThreadPoolExecutor executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds and starts the server.
     *
     * @param bindAddress the only address to listen on
     * @param port the port, 0 for a free one
     * @param endpoints the endpoints, one per method and path
     * @param settings the limits
     * @param faults the REST faults to inject
     * @param counters where everything is counted
     * @throws IOException if the address cannot be bound
     */
    public static UpbitRestServer start(
            InetAddress bindAddress,
            int port,
            List<RestEndpoint> endpoints,
            RestLimits settings,
            RestFaultPlan faults,
            UpbitCounters counters)
            throws IOException {
        QuotationGate gate = new QuotationGate(
                new SlidingWindowLimiter(settings.requestsPerSecond(), SECOND_NANOS, System::nanoTime),
                new RefusalEscalation(settings.escalation(), System::nanoTime),
                faults,
                counters);
        HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                THREADS,
                THREADS,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE),
                daemonThreads(),
                new ThreadPoolExecutor.CallerRunsPolicy());
        server.createContext("/", new UpbitRouter(endpoints, gate, counters));
        server.setExecutor(executor);
        server.start();
        return new UpbitRestServer(server, executor);
    }

    /** Returns the bound address (with the real port when 0 was asked). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops accepting, closes connections and ends the threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "upbit-sandbox-rest-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
