package io.stockobserver.app;

import io.stockobserver.loop.LoopService;
import io.stockobserver.provider.kis.KisGateway;
import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The real archive and loop services started outside a container, for tests of the beans built on them: a plain
 * scheduled pool stands in for Liberty's managed scheduler, a {@link MapConfig} for MicroProfile Config. Public so
 * tests of other packages (health, metrics) can use real services rather than doubles.
 */
public final class TestServices implements AutoCloseable {
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private final ObserverConfig config;
    private final LoopService loops = new LoopService();
    private final ArchiveService archive = new ArchiveService();
    private KisGateway kis;
    private io.stockobserver.pipeline.ObservationPipeline pipeline;

    private TestServices(Map<String, String> settings) {
        config = MapConfig.observerConfig(settings);
        Wiring.inject(loops, "events", archive);
        Wiring.inject(loops, "scheduler", managed(executor));
        Wiring.inject(archive, "config", config);
        Wiring.inject(archive, "venue", config.venue());
        Wiring.inject(archive, "loops", loops);
    }

    /** Starts the loops and the archive on {@code dataDir} with default settings otherwise. */
    public static TestServices start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** Starts the loops and the archive on {@code dataDir} with {@code settings} (observer.* names). */
    public static TestServices start(Path dataDir, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("observer.data.dir", dataDir.toString());
        // the simulator's standalone jar, as the build copies it (server/pom.xml): the gateway runs it as a child
        all.putIfAbsent("observer.sandbox.jar", System.getProperty("observer.sandbox.jar", ""));
        TestServices s = new TestServices(all);
        Wiring.call(s.loops, "start");
        Wiring.call(s.archive, "start");
        return s;
    }

    public ArchiveService archive() {
        return archive;
    }

    public LoopService loops() {
        return loops;
    }

    public ObserverConfig config() {
        return config;
    }

    /** The venue the settings name (OBSERVER_PROVIDER, default kis). */
    public io.stockobserver.provider.VenueProfile venue() {
        return config.venue();
    }

    /** The KIS gateway, started on first use (KIS_ENV=sandbox by default: it runs the simulator as a child process). */
    public synchronized KisGateway kis() {
        if (kis == null) {
            kis = new KisGateway();
            Wiring.inject(kis, "config", config);
            Wiring.inject(kis, "archive", archive);
            Wiring.inject(kis, "simulator", config);
            Wiring.inject(kis, "venue", config.venue());
            Wiring.call(kis, "start");
        }
        return kis;
    }

    /** The observation pipeline into this archive, wired as the application's producers wire it. */
    public synchronized io.stockobserver.pipeline.ObservationPipeline pipeline() {
        if (pipeline == null) {
            ObserverCoreProducers p = new ObserverCoreProducers();
            pipeline = p.pipeline(
                    p.validator(config.venue()),
                    p.guard(),
                    p.enricher(archive),
                    p.fanOut(p.archiveSink(archive)),
                    archive);
        }
        return pipeline;
    }

    @Override
    public void close() {
        if (kis != null) {
            Wiring.call(kis, "stop");
        }
        Wiring.call(archive, "stop");
        Wiring.call(loops, "stop");
        executor.shutdownNow();
    }

    /** A managed scheduler over {@code executor}: the plain executor methods pass through, the Jakarta extras fail. */
    static ManagedScheduledExecutorService managed(ScheduledExecutorService executor) {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                ManagedScheduledExecutorService.class.getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> {
                    if (!method.getDeclaringClass().isAssignableFrom(ScheduledExecutorService.class)) {
                        throw new AssertionError("unexpected ManagedScheduledExecutorService." + method.getName());
                    }
                    try {
                        return method.invoke(executor, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
