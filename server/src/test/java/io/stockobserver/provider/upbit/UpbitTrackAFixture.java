package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.collect.SwingCycleRunner;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.RejectionReporter;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.ObservationGuard;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.pipeline.ObservationValidator;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.pipeline.RecordEnricher;
import io.stockobserver.sink.ArchiveSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Track A on Upbit as production wires it: the seam source, pipeline, archive writer and gap evidence in a dir. */
final class UpbitTrackAFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final ArchiveWriter writer;
    final GapRecorder gaps;
    final SwingCycleRunner runner;

    UpbitTrackAFixture(Path dir, UpbitRestClient rest, UpbitSettings settings) throws IOException {
        this.dir = dir;
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        writer = ArchiveWriter.start(layout, ArchiveWriterConfig.defaults(), ArchiveListener.NONE);
        Clock clock = Clock.systemUTC();
        ObserverSession session = new ObserverSession(clock.instant(), layout.marketZone());
        SystemEventLog events = new SystemEventLog(layout, writer, session, "upbit", clock, Duration.ofSeconds(1));
        gaps = new GapRecorder(events);
        ObservationPipeline pipeline = new ObservationPipeline(
                new ObservationValidator(UpbitVenueProfile.SYMBOL_PATTERN),
                new ObservationGuard(Duration.ofMinutes(5), Duration.ofDays(2)),
                new RecordEnricher(session),
                new ArchiveSink(layout, writer, gaps, clock),
                new RejectionReporter(events, clock, Duration.ofSeconds(1)));
        runner = new SwingCycleRunner(
                new UpbitSnapshotSource(rest, settings, new UpbitTickerMapper("upbit", "krw_crypto")),
                pipeline,
                gaps,
                events,
                clock);
    }

    /** Every line under {@code sub} (e.g. {@code swing/upbit/krw_crypto}, {@code system/events/upbit}), flushed. */
    List<JsonNode> lines(String sub) throws IOException, InterruptedException {
        writer.flush(Duration.ofSeconds(10));
        List<JsonNode> out = new ArrayList<>();
        Path root = dir.resolve(sub);
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        writer.close();
    }
}
