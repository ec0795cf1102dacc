package io.stockobserver.mitigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.app.TestServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hold logic of {@link MitigationService} on a real archive. The controller's own readings cannot move the level
 * during a test: it needs a condition sustained for the default five-minute window.
 */
class MitigationServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TestServices services;
    private MitigationService mitigation;
    private final List<JsonNode> changes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        services = TestServices.start(dir);
        mitigation = new MitigationService();
        mitigation.config = services.config();
        mitigation.archive = services.archive();
        mitigation.loops = services.loops();
        mitigation.start();
        services.archive().events().addListener((type, json) -> {
            if (type.equals("mitigation_changed")) {
                try {
                    changes.add(JSON.readTree(json));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }

    @AfterEach
    void stop() {
        mitigation.stop();
        services.close();
    }

    @Test
    void shouldRaiseTheLevelToTheHoldAndRecordOneChangeNamingItsSource() {
        mitigation.hold(MitigationService.DISK_HOLD, 2);

        assertThat(mitigation.level()).isEqualTo(2);
        assertThat(mitigation.measuredLevel()).isZero(); // the readings alone still say 0
        assertThat(mitigation.holds()).containsExactly(Map.entry("disk", 2));
        assertThat(services.archive().session().mitigationLevel()).isEqualTo(2); // stamped on records from now on
        assertThat(changes).singleElement().satisfies(e -> {
            assertThat(e.get("from_level").asInt()).isZero();
            assertThat(e.get("to_level").asInt()).isEqualTo(2);
            assertThat(e.get("hz").decimalValue()).isEqualByComparingTo("0.5");
            assertThat(e.get("reasons")).hasSize(1);
            assertThat(e.get("reasons").get(0).asText()).isEqualTo("disk");
        });
    }

    @Test
    void shouldKeepTheHighestHoldAndRecordNothingWhileTheEffectiveLevelStays() {
        mitigation.hold(MitigationService.DISK_HOLD, 2);
        changes.clear();

        mitigation.hold(MitigationService.OPERATOR_HOLD, 1); // below the disk hold: the level stays 2
        assertThat(mitigation.level()).isEqualTo(2);
        assertThat(mitigation.holds()).containsEntry("disk", 2).containsEntry("operator", 1);
        mitigation.hold(MitigationService.DISK_HOLD, 2); // the same hold again
        assertThat(changes).isEmpty();

        mitigation.hold(MitigationService.DISK_HOLD, 0); // released: the operator's 1 is what remains
        assertThat(mitigation.level()).isEqualTo(1);
        assertThat(mitigation.holds()).containsExactly(Map.entry("operator", 1));
        assertThat(services.archive().session().mitigationLevel()).isEqualTo(1);
        assertThat(changes).singleElement().satisfies(e -> {
            assertThat(e.get("from_level").asInt()).isEqualTo(2);
            assertThat(e.get("to_level").asInt()).isEqualTo(1);
            assertThat(e.get("reasons").get(0).asText()).isEqualTo("disk");
        });
    }

    @Test
    void shouldReturnToTheMeasuredLevelWhenTheLastHoldIsReleased() {
        mitigation.hold(MitigationService.OPERATOR_HOLD, 1);
        mitigation.hold(MitigationService.OPERATOR_HOLD, 0);

        assertThat(mitigation.level()).isZero();
        assertThat(mitigation.holds()).isEmpty();
        assertThat(services.archive().session().mitigationLevel()).isZero();
        assertThat(changes)
                .extracting(e ->
                        e.get("from_level").asInt() + "->" + e.get("to_level").asInt())
                .containsExactly("0->1", "1->0");
        assertThat(changes)
                .allSatisfy(e -> assertThat(e.get("reasons").get(0).asText()).isEqualTo("operator"));
    }

    @Test
    void shouldRecordNothingWhenReleasingAHoldThatWasNeverTaken() {
        mitigation.hold(MitigationService.DISK_HOLD, 0);

        assertThat(mitigation.level()).isZero();
        assertThat(changes).isEmpty();
    }

    @Test
    void shouldRefuseALevelOutsideZeroToTwoOrABlankSourceAndLeaveTheHoldsAlone() {
        mitigation.hold(MitigationService.OPERATOR_HOLD, 1);
        changes.clear();

        assertThatThrownBy(() -> mitigation.hold("operator", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..2");
        assertThatThrownBy(() -> mitigation.hold("operator", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mitigation.hold(" ", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mitigation.hold(null, 2)).isInstanceOf(IllegalArgumentException.class);

        assertThat(mitigation.level()).isEqualTo(1);
        assertThat(mitigation.holds()).containsExactly(Map.entry("operator", 1));
        assertThat(changes).isEmpty();
    }
}
