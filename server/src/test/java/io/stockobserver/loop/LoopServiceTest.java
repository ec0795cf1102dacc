package io.stockobserver.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.app.TestServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop service on a real scheduler and archive: failure evidence, its rate limit, and the supervisor's verdicts. */
class LoopServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private TestServices services;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        services = TestServices.start(dir);
        services.archive().events().addListener((type, json) -> {
            if (type.startsWith("loop_")) {
                try {
                    events.add(JSON.readTree(json));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private List<JsonNode> of(String type) {
        return events.stream()
                .filter(e -> e.get("event_type").asText().equals(type))
                .toList();
    }

    @Test
    void shouldRecordTheFirstFailedRunAndFoldLaterOnesIntoTheNextReport() {
        SupervisedLoop loop = services.loops().fixedRate("always-failing", Duration.ZERO, Duration.ofMillis(20), () -> {
            throw new IllegalStateException("boom");
        });

        // several failures inside one minute: one loop_failed, and the supervisor's loop_failing once it persists
        await().atMost(WAIT).until(() -> !of("loop_failing").isEmpty());
        assertThat(loop.failures()).isGreaterThanOrEqualTo(SupervisedLoop.FAILING_AFTER);
        assertThat(of("loop_failed")).singleElement().satisfies(e -> {
            assertThat(e.get("loop").asText()).isEqualTo("always-failing");
            assertThat(e.get("consecutive_failures").asLong()).isEqualTo(1);
            assertThat(e.get("suppressed_count").asLong()).isZero();
            assertThat(e.get("failure").asText()).contains("boom");
        });
        assertThat(of("loop_failing").get(0).get("to").asText()).isEqualTo("failing");
        assertThat(services.loops().health()).containsEntry("always-failing", LoopHealth.FAILING);
    }

    @Test
    void shouldRecordALoopWhoseScheduleEndedOnItsOwnAsStopped() {
        SupervisedLoop loop = services.loops()
                .driven("timer-driven", Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1), () -> {});
        loop.attach(CompletableFuture.completedFuture(null)); // the schedule is over though nobody ended the loop

        await().atMost(WAIT).until(() -> !of("loop_stopped").isEmpty());
        assertThat(of("loop_stopped").get(0).get("loop").asText()).isEqualTo("timer-driven");
        assertThat(services.loops().health()).containsEntry("timer-driven", LoopHealth.STOPPED);
    }

    @Test
    void shouldNotCountALoopEndedOnPurposeAsStopped() throws Exception {
        SupervisedLoop loop = services.loops().fixedRate("short-lived", Duration.ZERO, Duration.ofMillis(50), () -> {});
        loop.end();
        // a loop that fails afterwards proves the supervisor has run since: its loop_failing comes after 3 runs
        services.loops().fixedRate("witness", Duration.ZERO, Duration.ofMillis(20), () -> {
            throw new IllegalStateException("witness");
        });
        await().atMost(WAIT).until(() -> !of("loop_failing").isEmpty());

        assertThat(services.loops().health()).containsEntry("short-lived", LoopHealth.ENDED);
        assertThat(of("loop_stopped")).isEmpty();
    }
}
