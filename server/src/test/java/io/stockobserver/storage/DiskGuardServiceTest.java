package io.stockobserver.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.app.TestServices;
import io.stockobserver.app.Wiring;
import io.stockobserver.mitigation.MitigationService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link DiskGuardService} does on each state change of the guard: the event it records and the mitigation hold
 * it takes or releases. Readings are fed directly; the 5 s loop reading the real disk is stopped at once.
 */
class DiskGuardServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TOTAL = 1_000_000;

    @TempDir
    Path dir;

    private TestServices services;
    private MitigationService mitigation;
    private DiskGuardService disk;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private void start(Map<String, String> settings) {
        services = TestServices.start(dir, settings);
        mitigation = new MitigationService();
        Wiring.inject(mitigation, "config", services.config());
        Wiring.inject(mitigation, "archive", services.archive());
        Wiring.inject(mitigation, "loops", services.loops());
        Wiring.call(mitigation, "start");
        disk = new DiskGuardService();
        disk.archive = services.archive();
        disk.config = services.config();
        disk.mitigation = mitigation;
        disk.loops = services.loops();
        disk.onStart(null);
        disk.stop(); // ends the real-disk loop before its first run (1 s): only the test's readings count
        services.archive().events().addListener((type, json) -> {
            if (type.startsWith("disk_space")) {
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
        if (services != null) {
            Wiring.call(mitigation, "stop");
            services.close();
        }
    }

    /** Feeds a reading with {@code permille} of the file system in use. */
    private void use(int permille) {
        disk.observe(TOTAL, TOTAL - TOTAL * permille / 1000);
    }

    private List<String> types() {
        return events.stream().map(e -> e.get("event_type").asText()).toList();
    }

    @Test
    void shouldWarnAboveTheWarningThresholdWithoutMitigating() {
        start(Map.of());
        use(500);
        assertThat(events).isEmpty();

        use(850);

        assertThat(disk.state()).isEqualTo(DiskState.WARNING);
        assertThat(disk.use()).isEqualTo(0.85, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(disk.usableBytes()).isEqualTo(150_000);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.get("event_type").asText()).isEqualTo("disk_space_warning");
            assertThat(e.get("use").decimalValue()).isEqualByComparingTo("0.85");
            assertThat(e.get("usable_bytes").asLong()).isEqualTo(150_000);
            assertThat(e.get("total_bytes").asLong()).isEqualTo(TOTAL);
            assertThat(e.get("from").asText()).isEqualTo("normal");
        });
        assertThat(mitigation.level()).isZero(); // a warning only warns
    }

    @Test
    void shouldHoldLevelTwoWhileCriticalAndReleaseItWhenSpaceReturns() {
        start(Map.of());

        use(960);
        assertThat(disk.state()).isEqualTo(DiskState.CRITICAL);
        assertThat(mitigation.holds()).containsExactly(Map.entry(MitigationService.DISK_HOLD, 2));
        assertThat(mitigation.level()).isEqualTo(2);

        use(940); // inside the hysteresis band below 95 %: still critical, nothing new
        assertThat(mitigation.level()).isEqualTo(2);
        assertThat(types()).containsExactly("disk_space_critical");

        use(900); // back to warning from critical: that is a recovery, and the hold goes
        assertThat(disk.state()).isEqualTo(DiskState.WARNING);
        assertThat(mitigation.holds()).isEmpty();
        assertThat(mitigation.level()).isZero();
        assertThat(types()).containsExactly("disk_space_critical", "disk_space_recovered");
        assertThat(events.get(1).get("from").asText()).isEqualTo("critical");

        use(500);
        assertThat(disk.state()).isEqualTo(DiskState.NORMAL);
        assertThat(types()).containsExactly("disk_space_critical", "disk_space_recovered", "disk_space_recovered");
        assertThat(events.get(2).get("from").asText()).isEqualTo("warning");
    }

    @Test
    void shouldJudgeAgainstTheConfiguredThresholds() {
        start(Map.of("observer.disk.warn", "0.50", "observer.disk.critical", "0.60"));

        use(550);
        assertThat(disk.state()).isEqualTo(DiskState.WARNING);
        use(610);
        assertThat(disk.state()).isEqualTo(DiskState.CRITICAL);
        assertThat(types()).containsExactly("disk_space_warning", "disk_space_critical");
    }

    @Test
    void shouldSayNormalAndNoUseBeforeTheFirstReading() {
        DiskGuardService idle = new DiskGuardService();

        assertThat(idle.state()).isEqualTo(DiskState.NORMAL);
        assertThat(idle.use()).isZero();
        assertThat(idle.usableBytes()).isEqualTo(-1);
    }
}
