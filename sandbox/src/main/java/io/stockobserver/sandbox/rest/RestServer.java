package io.stockobserver.sandbox.rest;

import com.sun.net.httpserver.HttpServer;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server carrying the REST endpoints, bound to one address, with a small daemon thread pool and a
 * bounded request queue (when it is full the accepting thread answers, which slows clients down instead of queueing
 * without limit).
 */
public final class RestServer implements AutoCloseable {

    private static final int THREADS = 4;
    private static final int QUEUE = 256;

    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    private RestServer(HttpServer server, ThreadPoolExecutor executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds and starts the server.
     *
     * @param bindAddress the only address to listen on
     * @param port the port, 0 for a free one
     * @param endpoints the endpoints, one per method and path
     * @param counters where answered requests are counted
     * @throws IOException if the address cannot be bound
     */
    public static RestServer start(
            InetAddress bindAddress, int port, List<RestEndpoint> endpoints, SandboxCounters counters)
            throws IOException {
        RestRouter router = new RestRouter(endpoints, counters);
        HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                THREADS,
                THREADS,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE),
                daemonThreads(),
                new ThreadPoolExecutor.CallerRunsPolicy());
        server.createContext("/", router);
        server.setExecutor(executor);
        server.start();
        return new RestServer(server, executor);
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

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "kis-sandbox-rest-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
