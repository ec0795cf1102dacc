package io.stockobserver.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.app.TestServices;
import io.stockobserver.pipeline.FieldValueException;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.pipeline.RecordEncoder;
import io.stockobserver.pipeline.RecordEnricher;
import io.stockobserver.provider.kis.KisControlMessage;
import io.stockobserver.provider.kis.KisDataFrame;
import io.stockobserver.provider.kis.KisFields;
import io.stockobserver.provider.kis.KisFrame;
import io.stockobserver.provider.kis.KisFrameParseException;
import io.stockobserver.provider.kis.KisFrameParser;
import io.stockobserver.provider.kis.KisStreamAdapter;
import io.stockobserver.provider.kis.KisStreamSource;
import io.stockobserver.provider.kis.KisTradeLayout;
import io.stockobserver.provider.kis.KisTradeRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Mutated KIS WebSocket messages, built from the real-format vectors, through everything a message meets on the way
 * to the archive: the parser, the trade mapping into the latest-quote book, the stream's handlers, the 2 Hz sampler
 * and the observation pipeline with its encoder and archive sink, wired as the application wires them. Only the
 * typed rejections ({@link KisFrameParseException}, {@link FieldValueException}, pipeline rejections) may come out;
 * nothing may fall through to a catch-all; every line the archive holds afterwards is read by a default
 * {@code ObjectMapper} (Jackson's standard limits: 1,000-digit numbers, 1,000 nesting levels).
 */
class HostileFramePropertiesTest {
    private static final List<String> SYMBOLS = List.of("005930", "000660");
    private static final String CONTROL =
            "{\"header\":{\"tr_id\":\"H0STCNT0\",\"tr_key\":\"005930\",\"encrypt\":\"N\"},\"body\":{\"rt_cd\":\"0\","
                    + "\"msg_cd\":\"OPSP0000\",\"msg1\":\"SUBSCRIBE SUCCESS\",\"output\":{\"iv\":\"0123456789abcdef\","
                    + "\"key\":\"abcdefghijklmnopqrstuvwxyzabcdef\"}}}"; // KIS_API_FACTS §5.3

    private final KisFrameParser parser = new KisFrameParser();
    private final RecordEncoder encoder = new RecordEncoder();
    private Path dir;
    private TestServices services;
    private ScheduledExecutorService scheduler;
    private ScalpStream stream;
    private LatestQuoteBook book;
    private ScalpSampler sampler;
    private ObservationPipeline pipeline;
    private RecordEnricher enricher;
    private long archived;
    private long tries;
    private Instant origin;

    @BeforeProperty
    void start() throws IOException {
        dir = Files.createTempDirectory("hostile-frames");
        // one grid instant per try, in the recent past: consecutive tries are no duplicates of each other
        origin = ScalpSampler.alignDown(Instant.now(), ScalpSampler.DEFAULT_PERIOD)
                .minus(Duration.ofHours(1));
        services = TestServices.start(dir);
        var archive = services.archive();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        book = new LatestQuoteBook();
        stream = new ScalpStream(
                new KisStreamSource(
                        java.net.URI.create("ws://127.0.0.1:9/never-connected"), null, java.time.Clock.systemUTC()),
                archive.rawJournal(),
                book,
                archive.events(),
                archive.gaps(),
                archive.session(),
                SYMBOLS,
                archive.clock(),
                scheduler,
                new ReconnectBackoff(1.0),
                "kis");
        sampler = new ScalpSampler(book, "kis", "kr_stocks", Duration.ofSeconds(5));
        pipeline = services.pipeline();
        enricher = new RecordEnricher(archive.session());
        // every record the pipeline archives is encoded again here and read as a user's tool would read it
        pipeline.tap(o -> {
            archived++;
            StandardJsonReader.assertReadable(
                    new String(encoder.encode(enricher.enrich(o)), java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    @AfterProperty
    void stop() throws IOException, InterruptedException {
        try {
            assertThat(services.archive().writer().flush(Duration.ofSeconds(30)))
                    .isTrue();
            // the archive as it stands: records, raw journal, events and gap markers alike
            assertThat(StandardJsonReader.assertEveryLineReadable(dir)).isPositive();
            assertThat(archived)
                    .as("records archived from the mutated messages")
                    .isPositive();
        } finally {
            scheduler.shutdownNow();
            services.close();
            StandardJsonReader.delete(dir);
        }
    }

    @Provide
    Arbitrary<String> messages() {
        // the vector's records, dated now: a frame of today passes the guard, so mutations reach the archive
        String[] records = KisVectors.twoTradeRecords();
        String first = today(records[0]);
        String second = today(records[1]);
        String two = "0|H0STCNT0|002|" + first + "^" + second;
        String one = "0|H0STCNT0|001|" + second;
        String other = one.replace("|001|005930^", "|001|000660^");
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(4, Arbitraries.just(two)),
                                net.jqwik.api.Tuple.of(3, Arbitraries.just(one)),
                                net.jqwik.api.Tuple.of(2, Arbitraries.just(other)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.just(CONTROL))),
                        FrameMutation.sequences())
                .as((base, mutations) -> {
                    String m = base;
                    for (FrameMutation x : mutations) {
                        m = x.apply(m);
                    }
                    return m;
                });
    }

    private static String today(String record) {
        String[] f = record.split("\\^", -1);
        var kst = java.time.ZonedDateTime.now(KisFields.KST);
        f[KisTradeLayout.DATE] = kst.toLocalDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        f[KisTradeLayout.TIME] = kst.format(java.time.format.DateTimeFormatter.ofPattern("HHmmss"));
        return String.join("^", f);
    }

    @Property(tries = 3000)
    void onlyTypedRejectionsComeOutOfAMutatedMessageAndTheArchiveStaysReadable(@ForAll("messages") String message) {
        Instant now = Instant.now();
        long nanos = System.nanoTime();
        long malformedBefore = stream.malformedFrames();
        String rawRef = stream.onRaw(message, now, nanos); // as the session does: journaled before it is parsed
        KisFrame frame;
        try {
            frame = parser.parse(message);
        } catch (KisFrameParseException e) {
            new KisStreamAdapter(stream).onMalformed(e, rawRef);
            Statistics.label("message").collect("refused by the parser");
            return;
        }
        if (frame instanceof KisDataFrame data) {
            Statistics.label("message").collect("data frame");
            if (!data.encrypted() && KisFrameParser.TRADE_TR.equals(data.trId())) {
                for (String[] r : data.records()) {
                    try { // the trade mapping alone, on a book of its own: a quote or a typed rejection
                        KisTradeRecords.trade(r, rawRef, now);
                        Statistics.label("trade record").collect("mapped");
                    } catch (FieldValueException e) {
                        assertThat(e.field()).isNotBlank();
                        Statistics.label("trade record").collect("refused: " + e.problem());
                    }
                }
            }
            new KisStreamAdapter(stream).onData(data, rawRef, now, nanos);
            assertThat(stream.malformedFrames())
                    .as("records that fell through to the stream's catch-all")
                    .isEqualTo(malformedBefore);
        } else {
            new KisStreamAdapter(stream).onControl((KisControlMessage) frame);
            Statistics.label("message").collect("control");
        }
        Instant sampleTime = origin.plus(ScalpSampler.DEFAULT_PERIOD.multipliedBy(++tries));
        for (Observation o : sampler.sample(SYMBOLS, sampleTime, System.nanoTime())) {
            // the collector's tick: archived, rejected or dropped
            Statistics.label("snapshot").collect(pipeline.observe(o));
        }
        assertThat(pipeline.stats().rejectedByReason())
                .as("records the validator let through and the encoder could not write")
                .doesNotContainKey("validation:unencodable");
    }
}
