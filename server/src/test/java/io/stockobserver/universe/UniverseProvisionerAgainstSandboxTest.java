package io.stockobserver.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day's universe from the sandbox's master files over HTTP, and what happens when they are unavailable. */
class UniverseProvisionerAgainstSandboxTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 20);

    @TempDir
    Path dir;

    private KisSandbox sandbox;
    private UniverseProvisioner provisioner;

    @BeforeEach
    void start() throws Exception {
        sandbox = KisSandbox.start(SandboxOptions.defaults());
        Clock clock = Clock.systemUTC();
        provisioner = new UniverseProvisioner(
                new UniverseFile(dir, "kis", "kr_stocks"),
                new UniverseBuilder(clock),
                io.stockobserver.provider.kis.KisListingSource.http(
                        HttpClient.newHttpClient(),
                        sandbox.restBaseUrl().resolve("/common/master"),
                        Duration.ofSeconds(30)),
                clock);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void shouldBuildTheUniverseFromTheWholeMarketAndKeepItForTheDay() throws Exception {
        var built = provisioner.provide(MONDAY, UniverseRules.defaults(), List.of());

        assertThat(built.how()).isEqualTo(UniverseProvisioner.How.BUILT);
        Universe u = built.universe();
        assertThat(u.source()).isEqualTo(io.stockobserver.provider.kis.KisListingSource.SOURCE);
        assertThat(u.counts().considered()).isEqualTo(2_500);
        assertThat(u.counts().malformedLines()).isZero();
        assertThat(u.members()).allSatisfy(m -> assertThat(m.basePrice().orElseThrow())
                .isGreaterThanOrEqualTo(java.math.BigDecimal.valueOf(4_000)));
        long halted =
                sandbox.market().symbols().stream().filter(s -> s.halted()).count();
        assertThat(halted).isPositive();
        java.util.Set<String> haltedCodes = sandbox.market().symbols().stream()
                .filter(s -> s.halted())
                .map(s -> s.code())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(u.symbols()).doesNotContainAnyElementsOf(haltedCodes);
        assertThat(u.counts().excluded(ExclusionReason.GROUP_NOT_INCLUDED)).isPositive(); // ETFs, REITs

        sandbox.faults().unavailableMasterFiles(true); // a restart later that day must not need them
        var again = provisioner.provide(MONDAY, UniverseRules.defaults(), List.of());
        assertThat(again.how()).isEqualTo(UniverseProvisioner.How.LOADED);
        assertThat(again.universe()).isEqualTo(u);
    }

    @Test
    void shouldKeepThePreviousDaysUniverseDegradedWhenTheMasterFilesAreUnavailable() throws Exception {
        Universe monday =
                provisioner.provide(MONDAY, UniverseRules.defaults(), List.of()).universe();
        sandbox.faults().unavailableMasterFiles(true);

        Universe tuesday = provisioner
                .provide(MONDAY.plusDays(1), UniverseRules.defaults(), List.of())
                .universe();

        assertThat(tuesday.source()).isEqualTo(Universe.SOURCE_PREVIOUS_DAY);
        assertThat(tuesday.degraded()).isTrue();
        assertThat(tuesday.degradedReason().orElseThrow()).contains("503", "2026-07-20");
        assertThat(tuesday.symbols()).isEqualTo(monday.symbols());
    }

    @Test
    void shouldFallBackToTheWatchListWhenThereIsNothingElse() throws Exception {
        sandbox.faults().unavailableMasterFiles(true);

        Universe u = provisioner
                .provide(MONDAY, UniverseRules.defaults(), List.of("005930", "000660"))
                .universe();

        assertThat(u.source()).isEqualTo(Universe.SOURCE_WATCH_LIST);
        assertThat(u.degraded()).isTrue();
        assertThat(u.symbols()).containsExactly("000660", "005930");
    }

    @Test
    void shouldRefuseWhenNoUniverseCanBeDecided() {
        sandbox.faults().unavailableMasterFiles(true);

        assertThatThrownBy(() -> provisioner.provide(MONDAY, UniverseRules.defaults(), List.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("OBSERVER_SYMBOLS");
    }

    @Test
    void shouldRestrictTheUniverseToTheWatchList() throws Exception {
        Universe u = provisioner
                .provide(
                        MONDAY,
                        UniverseRules.defaults().withWatchList(List.of("005930", "000660")),
                        List.of("005930", "000660"))
                .universe();
        assertThat(u.source()).isEqualTo(io.stockobserver.provider.kis.KisListingSource.SOURCE);
        assertThat(u.symbols()).containsExactly("000660", "005930");
    }
}
