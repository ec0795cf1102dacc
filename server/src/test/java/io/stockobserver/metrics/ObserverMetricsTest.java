package io.stockobserver.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stockobserver.app.TestServices;
import io.stockobserver.collect.ScalpCollector;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.live.LiveFeed;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.pipeline.QualityFlag;
import io.stockobserver.pipeline.Track;
import io.stockobserver.recorder.ArchiveService;
import io.stockobserver.scalp.slot.SlotService;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gauges {@link ObserverMetrics} registers read the counters of the real components. No MetricRegistry
 * implementation is on the test classpath, so a registry double keeps each registered gauge to be read by name. The
 * collector, slot and login gauges are only registered here, not read: those beans need the whole container.
 */
class ObserverMetricsTest {
    @TempDir
    Path dir;

    private TestServices services;
    private ObserverMetrics metrics;
    private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();

    /** One registered gauge: its metadata and how to read it. */
    private record Gauge(Metadata metadata, Supplier<Number> value) {}

    @BeforeEach
    void start() {
        services = TestServices.start(dir, Map.of("observer.queue.capacity", "1234"));
        metrics = new ObserverMetrics();
        metrics.registry = registry();
        metrics.archive = services.archive();
        metrics.pipeline = services.pipeline();
        metrics.venue = services.kis().connection();
        metrics.scalp = new ScalpCollector();
        metrics.slots = new SlotService();
        metrics.live = new LiveFeed();
        metrics.loops = services.loops();
        metrics.sinks = new io.stockobserver.sink.FanOutSink(
                (record, line) -> io.stockobserver.pipeline.RecordSink.Result.ACCEPTED);
        metrics.databaseSink = new io.stockobserver.livedb.DatabaseSinkWiring();
    }

    @AfterEach
    void stop() {
        metrics.stop();
        metrics.sinks.close();
        services.close();
    }

    /** Keeps every {@code gauge(Metadata, object, function, tags…)} under {@code name{tag=value,…}}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private MetricRegistry registry() {
        return (MetricRegistry) Proxy.newProxyInstance(
                MetricRegistry.class.getClassLoader(), new Class<?>[] {MetricRegistry.class}, (proxy, m, args) -> {
                    if (m.getName().equals("gauge") && args.length == 4 && args[0] instanceof Metadata md) {
                        Object object = args[1];
                        Function f = (Function) args[2];
                        String key = md.getName() + tags((Tag[]) args[3]);
                        gauges.put(key, new Gauge(md, () -> (Number) f.apply(object)));
                        return null;
                    }
                    throw new AssertionError("unexpected MetricRegistry." + m.getName());
                });
    }

    private static String tags(Tag[] tags) {
        if (tags == null || tags.length == 0) {
            return "";
        }
        return Arrays.stream(tags)
                .map(t -> t.getTagName() + "=" + t.getTagValue())
                .reduce((a, b) -> a + "," + b)
                .map(s -> "{" + s + "}")
                .orElseThrow();
    }

    private double read(String name) {
        assertThat(gauges).as("registered gauges").containsKey(name);
        return gauges.get(name).value().get().doubleValue();
    }

    private static Observation scalp(Instant now) {
        Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("sample_time", now);
        f.put("last_price", 250500L);
        f.put("volume", 11701513L);
        f.put("bid_price", 250000L);
        f.put("ask_price", 250500L);
        f.put("change_rate", new BigDecimal("-7.22"));
        return new Observation(
                "kis",
                "kr_stocks",
                "005930",
                Track.SCALP,
                now.minusMillis(300),
                now,
                now,
                System.nanoTime(),
                null,
                QualityFlag.NORMAL,
                f,
                Map.of());
    }

    @Test
    void shouldCountEachDownstreamSinksDeliveriesDropsAndFailuresUnderItsName() throws Exception {
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        io.stockobserver.sink.DownstreamSink slow = new io.stockobserver.sink.DownstreamSink() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public void deliver(io.stockobserver.pipeline.ArchiveRecord record, byte[] line) throws Exception {
                entered.countDown();
                release.await();
                throw new IllegalStateException("refused");
            }
        };
        ArchiveService archive = services.archive();
        metrics.sinks.add(new io.stockobserver.sink.QueuedSink(
                slow, 2, archive.gaps(), archive.events(), archive.clock(), Thread::new));
        metrics.onStart(null);
        var record = new io.stockobserver.pipeline.ArchiveRecord(
                scalp(archive.clock().instant()), "1.0", "sess_20260724_085500", 0);
        byte[] line = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        metrics.sinks.write(record, line);
        assertThat(entered.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue(); // the sink holds the first
        for (int i = 0; i < 4; i++) { // two fill its queue of 2, two are dropped
            metrics.sinks.write(record, line);
        }

        assertThat(read("observer_sink_dropped{sink=slow}")).isEqualTo(2);
        assertThat(read("observer_sink_queue_depth{sink=slow}")).isEqualTo(2);
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> read("observer_sink_failed{sink=slow}") == 3);
        assertThat(read("observer_sink_delivered{sink=slow}")).isZero();
        assertThat(read("observer_sink_queue_depth{sink=slow}")).isZero();
        assertThat(gauges).doesNotContainKey("observer_db_sink_rows{sink=db}"); // no database sink here
    }

    @Test
    void shouldGiveEveryGaugeADescriptionAndAUnit() {
        metrics.onStart(null);

        assertThat(gauges).hasSizeGreaterThan(40);
        assertThat(gauges.values()).allSatisfy(g -> {
            assertThat(g.metadata().description()).as(g.metadata().getName()).isPresent();
            // MetricUnits.NONE is a declared unit too; the API reports it as an empty unit()
            assertThat(g.metadata().getUnit()).as(g.metadata().getName()).isNotBlank();
        });
        assertThat(gauges.get("observer_writer_queue_lag").metadata().getUnit()).isEqualTo(MetricUnits.SECONDS);
        assertThat(gauges.get("observer_bytes_durable").metadata().getUnit()).isEqualTo(MetricUnits.BYTES);
    }

    @Test
    void shouldReadTheWritersCountersAndQueue() throws Exception {
        metrics.onStart(null);
        ArchiveService archive = services.archive();
        assertThat(archive.writer().flush(Duration.ofSeconds(10))).isTrue();

        assertThat(read("observer_writer_queue_capacity")).isEqualTo(1234);
        assertThat(read("observer_writer_queue_depth")).isZero();
        assertThat(read("observer_records_durable_all"))
                .isPositive() // observer_started at least
                .isEqualTo(archive.writer().recordsDurable());
        assertThat(read("observer_bytes_durable")).isEqualTo(archive.writer().bytesDurable());
        assertThat(read("observer_fsyncs")).isEqualTo(archive.writer().forces());
        assertThat(read("observer_records_write_failed")).isZero();
        assertThat(read("observer_writer_rejected")).isZero();
        assertThat(read("observer_events_failed")).isZero();
    }

    @Test
    void shouldReadTheGapsAndTheMitigationLevelOfThisRun() {
        metrics.onStart(null);
        ArchiveService archive = services.archive();
        Instant end = Instant.now();

        archive.gaps().record(end.minusMillis(2500), end, "scalp", GapRecorder.Reason.WS_DISCONNECT);
        archive.session().mitigationLevel(2);

        assertThat(read("observer_gaps")).isEqualTo(1);
        assertThat(read("observer_gap_seconds")).isEqualTo(2.5);
        assertThat(read("observer_mitigation_level")).isEqualTo(2);
    }

    @Test
    void shouldRegisterPerTrackAndPerAreaGaugesForWhatThePipelineAndArchiveHaveSeen() throws Exception {
        ObservationPipeline pipeline = services.pipeline();
        assertThat(pipeline.observe(scalp(Instant.now()))).isEqualTo(ObservationPipeline.Outcome.ARCHIVED);
        assertThat(services.archive().writer().flush(Duration.ofSeconds(10))).isTrue();

        metrics.onStart(null); // its first refresh registers a gauge per key seen so far

        assertThat(read("observer_records_accepted{track=scalp}")).isEqualTo(1);
        assertThat(read("observer_records_durable{area=scalp}")).isEqualTo(1);
        assertThat(gauges).doesNotContainKey("observer_records_accepted{track=swing}");
        pipeline.observe(scalp(Instant.now()));
        assertThat(read("observer_records_accepted{track=scalp}")).isEqualTo(2); // the gauge reads live counts
    }

    @Test
    void shouldCountLoopFailuresAndLiveClientsFromTheirSources() {
        metrics.onStart(null);
        assertThat(read("observer_loop_failures")).isZero();
        assertThat(read("observer_loops_down")).isZero();
        assertThat(read("observer_live_clients")).isZero();

        services.loops().fixedRate("always-failing", Duration.ZERO, Duration.ofMillis(20), () -> {
            throw new IllegalStateException("test loop fails on purpose");
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> read("observer_loop_failures") >= 2);
    }
}
