package io.stockobserver.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsCheckTest {
    @TempDir
    Path dir;

    private List<String> lines(Map<String, String> settings) {
        Map<String, String> s = new HashMap<>(settings);
        s.putIfAbsent("observer.data.dir", dir.resolve("data").toString());
        ObserverConfig c = MapConfig.observerConfig(s);
        return SettingsCheck.problems(c, c.config).stream()
                .map(SettingsCheck.Problem::line)
                .toList();
    }

    @Test
    void shouldFindNothingWrongWithTheDefaults() {
        assertThat(lines(Map.of())).isEmpty();
    }

    @Test
    void shouldNameEveryBadSettingItsValueAndWhatIsAllowedInOneLineEach() {
        List<String> lines = lines(Map.of(
                "observer.fsync.ms", "-1",
                "observer.swing.interval", "10 minutes",
                "kis.env", "live",
                "observer.symbols", "005930,ABC"));
        assertThat(lines)
                .containsExactly(
                        "KIS_ENV='live': must be one of sandbox, paper, real but was 'live'",
                        "OBSERVER_SYMBOLS='005930,ABC': holds 'ABC', not a 6-character KRX code",
                        "OBSERVER_SWING_INTERVAL='10 minutes': must be an ISO-8601 duration of at least PT1S (e.g. "
                                + "PT10M) but was '10 minutes'",
                        "OBSERVER_FSYNC_MS='-1': must be an integer in [0, 60000] but was '-1'");
        assertThat(lines).allMatch(l -> !l.contains("\n"));
    }

    @Test
    void shouldNameTheDataDirectoryWhenItCannotBeCreated() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        List<String> lines =
                lines(Map.of("observer.data.dir", file.resolve("archive").toString()));
        assertThat(lines)
                .singleElement()
                .asString()
                .startsWith("OBSERVER_DATA_DIR='" + file.resolve("archive") + "'")
                .contains("must be a directory this process can create and write");
    }

    @Test
    void shouldNeverShowTheValueOfASecret() {
        List<String> lines = lines(Map.of("kis.env", "real", "kis.app.key", "PSabcdef-real-key-0001"));
        assertThat(lines).anyMatch(l -> l.startsWith("KIS_APP_SECRET=(secret): must be set when KIS_ENV is real"));
        assertThat(String.join("\n", lines)).doesNotContain("PSabcdef-real-key-0001");
    }

    @Test
    void shouldOpenLibertysBatchRestApiOnlyWithAnOperatorPasswordItsRegistryCanHold() {
        assertThat(lines(Map.of("observer.batch.rest.api", "yes")))
                .containsExactly("OBSERVER_BATCH_REST_API='yes': must be on or off but was 'yes'");
        assertThat(lines(Map.of("observer.batch.rest.api", "on")))
                .singleElement()
                .asString()
                .startsWith("OBSERVER_BATCH_REST_API='on': on needs OBSERVER_OPERATOR_PASSWORD of at least 12");
        assertThat(lines(Map.of("observer.batch.rest.api", "on", "observer.operator.password", "short-one")))
                .hasSize(1);
        assertThat(lines(Map.of("observer.batch.rest.api", "on", "observer.operator.password", "long-enough-1234")))
                .isEmpty();
    }

    @Test
    void shouldBlameTheSettingTheMessageNamesWhenTwoAreCheckedTogether() {
        List<String> lines = lines(Map.of("observer.disk.warn", "0.9", "observer.disk.critical", "0.85"));
        assertThat(lines)
                .singleElement()
                .asString()
                .startsWith("OBSERVER_DISK_CRITICAL='0.85': ")
                .contains("must be above OBSERVER_DISK_WARN");
    }

    @Test
    void shouldTakeTheUniverseDefaultsFromTheVenue() {
        ObserverConfig kis = MapConfig.observerConfig(Map.of());
        ObserverConfig upbit = MapConfig.observerConfig(Map.of("observer.provider", "upbit"));

        assertThat(kis.universeExclusions()).containsExactly("halted", "spac");
        assertThat(kis.universeMinTurnover()).isZero();
        assertThat(upbit.universeExclusions()).containsExactly("halted", "warning");
        assertThat(upbit.universeMinTurnover()).isEqualByComparingTo("100000000");
        assertThat(MapConfig.observerConfig(Map.of("observer.universe.min.turnover", "1_000_000_000"))
                        .universeMinTurnover())
                .isEqualByComparingTo("1000000000");
    }

    @Test
    void shouldRejectANegativeOrNonNumericMinimumTurnoverAndAnUnknownExclusion() {
        assertThat(lines(Map.of(
                        "observer.universe.min.turnover", "-5",
                        "observer.universe.exclude", "halted,cheap")))
                .containsExactly(
                        "OBSERVER_UNIVERSE_MIN_TURNOVER='-5': must be a non-negative number such as 100000000 but"
                                + " was '-5'",
                        "OBSERVER_UNIVERSE_EXCLUDE='halted,cheap': holds 'cheap'; allowed: halted, administrative,"
                                + " preferred, spac, warning, none");
    }
}
