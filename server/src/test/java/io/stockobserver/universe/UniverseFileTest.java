package io.stockobserver.universe;

import static io.stockobserver.universe.UniverseFixtures.DAY;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UniverseFileTest {

    @TempDir
    Path root;

    private UniverseFile file() {
        return new UniverseFile(root, "kis", "kr_stocks");
    }

    @Test
    void shouldWriteTheDaysUniverseToUniverseProviderMarketDayJson() throws Exception {
        file().write(UniverseFixtures.universe());

        assertThat(root.resolve("universe/kis/kr_stocks/20260724.json")).isRegularFile();
        assertThat(file().path(DAY)).isEqualTo(root.resolve("universe/kis/kr_stocks/20260724.json"));
        assertThat(UniverseFile.relativePath("kis", "kr_stocks", DAY))
                .isEqualTo(Path.of("universe", "kis", "kr_stocks", "20260724.json"));
    }

    @Test
    void shouldReadBackExactlyTheUniverseItWroteKoreanNamesIncluded() throws Exception {
        Universe written = UniverseFixtures.universe();
        file().write(written);

        Universe read = file().read(DAY).orElseThrow();

        assertThat(read).isEqualTo(written);
        assertThat(read.members()).extracting(m -> m.name().orElseThrow()).contains("삼성전자", "에코프로비엠", "KR모터스");
    }

    @Test
    void shouldWriteOnePrettyPrintedJsonDocumentWithTheContractFields() throws Exception {
        file().write(UniverseFixtures.universe());
        String content = Files.readString(file().path(DAY), UTF_8);

        JsonNode doc = new ObjectMapper().readTree(content);

        assertThat(content.lines().count()).isGreaterThan(20);
        assertThat(content).contains("\"삼성전자\"").endsWith("}\n");
        assertThat(doc.get("schema_version").textValue()).isEqualTo("1.1");
        assertThat(doc.get("day").textValue()).isEqualTo("2026-07-24");
        assertThat(doc.get("provider").textValue()).isEqualTo("kis");
        assertThat(doc.get("market").textValue()).isEqualTo("kr_stocks");
        assertThat(doc.get("built_at").textValue()).isEqualTo("2026-07-23T23:30:00.123456Z");
        assertThat(doc.get("source").textValue()).isEqualTo("kis_master");
        assertThat(doc.get("degraded").booleanValue()).isFalse();
        assertThat(doc.has("degraded_reason")).isFalse();
        JsonNode rules = doc.get("rules");
        assertThat(rules.get("min_base_price").longValue()).isEqualTo(4000);
        assertThat(rules.get("included_groups").toString()).isEqualTo("[\"ST\"]");
        assertThat(rules.get("exclude_halted").booleanValue()).isTrue();
        assertThat(rules.get("exclude_spac").booleanValue()).isTrue();
        assertThat(rules.has("watch_list")).isFalse();
        JsonNode counts = doc.get("counts");
        assertThat(counts.get("considered").intValue()).isEqualTo(11);
        assertThat(counts.get("included").intValue()).isEqualTo(6);
        assertThat(counts.get("malformed_lines").intValue()).isEqualTo(1);
        assertThat(counts.get("excluded").get("below_min_price").intValue()).isEqualTo(1);
        JsonNode first = doc.get("members").get(0);
        assertThat(first.get("symbol").textValue()).isEqualTo("000040");
        assertThat(first.get("name").textValue()).isEqualTo("KR모터스");
        assertThat(first.get("market").textValue()).isEqualTo("kospi");
        assertThat(first.get("base_price").longValue()).isEqualTo(4500);
        assertThat(first.get("listed_shares").longValue()).isEqualTo(5_969_782_000L);
        assertThat(first.get("reason").textValue()).startsWith("ST, base price 4500 >= 4000");
    }

    @Test
    void shouldReplaceTheFileAtomicallyLeavingNoTemporaryFile() throws Exception {
        Universe first = UniverseFixtures.universe();
        Universe corrected = new UniverseBuilder(UniverseFixtures.CLOCK)
                .build(DAY, UniverseFixtures.kospi(), UniverseRules.defaults().withMinBasePrice(5000));

        file().write(first);
        file().write(corrected);

        try (Stream<Path> files = Files.list(file().path(DAY).getParent())) {
            assertThat(files).containsExactly(file().path(DAY));
        }
        assertThat(file().read(DAY)).contains(corrected);
    }

    @Test
    void shouldKeepTheOldFileWhenACrashLeftATemporaryFileBehind() throws Exception {
        Universe written = UniverseFixtures.universe();
        file().write(written);
        Path torn = file().path(DAY).resolveSibling("20260724.json.tmp");
        Files.writeString(torn, "{\"schema_version\":\"1.0\",\"da", UTF_8);

        assertThat(file().read(DAY)).contains(written);
        assertThat(file().latestBefore(DAY.plusDays(1))).contains(written);

        file().write(written);
        assertThat(torn).doesNotExist();
    }

    @Test
    void shouldKeepTheDaysUniverseFixedAcrossARestart() throws Exception {
        Universe morning = UniverseFixtures.universe();
        assertThat(file().writeIfAbsent(morning)).isEqualTo(morning);
        byte[] before = Files.readAllBytes(file().path(DAY));

        Universe rebuilt = new UniverseBuilder(java.time.Clock.systemUTC())
                .build(DAY, UniverseFixtures.kosdaq(), UniverseRules.defaults());
        Universe inForce = new UniverseFile(root, "kis", "kr_stocks").writeIfAbsent(rebuilt);

        assertThat(inForce).isEqualTo(morning);
        assertThat(Files.readAllBytes(file().path(DAY))).isEqualTo(before);
    }

    @Test
    void shouldFindTheMostRecentEarlierDaysUniverse() throws Exception {
        Universe base = UniverseFixtures.universe();
        LocalDate wednesday = LocalDate.of(2026, 7, 22);
        LocalDate thursday = LocalDate.of(2026, 7, 23);
        LocalDate monday = LocalDate.of(2026, 7, 27);
        file().write(dayOf(base, wednesday));
        file().write(dayOf(base, thursday));
        file().write(dayOf(base, monday));
        Files.writeString(file().path(monday).resolveSibling("notes.txt"), "not a universe", UTF_8);
        Files.writeString(file().path(monday).resolveSibling("20260726.json.tmp"), "{", UTF_8);

        assertThat(file().latestBefore(monday).map(Universe::day)).contains(thursday);
        assertThat(file().latestBefore(LocalDate.of(2026, 7, 31)).map(Universe::day))
                .contains(monday);
        assertThat(file().latestBefore(wednesday)).isEmpty();
    }

    @Test
    void shouldFindNothingBeforeAnyUniverseWasWritten() throws Exception {
        assertThat(file().read(DAY)).isEmpty();
        assertThat(file().latestBefore(DAY)).isEmpty();
    }

    @Test
    void shouldRoundTripADegradedWatchListUniverseWithoutMasterData() throws Exception {
        UniverseRules rules = UniverseRules.defaults().withWatchList(List.of("005930", "000660"));
        Universe degraded = new UniverseBuilder(UniverseFixtures.CLOCK)
                .fromWatchList(DAY, rules.watchList().orElseThrow(), rules, "마스터 파일 없음: HTTP 503");
        file().write(degraded);

        String content = Files.readString(file().path(DAY), UTF_8);

        assertThat(file().read(DAY)).contains(degraded);
        JsonNode doc = new ObjectMapper().readTree(content);
        assertThat(doc.get("degraded").booleanValue()).isTrue();
        assertThat(doc.get("degraded_reason").textValue()).isEqualTo("마스터 파일 없음: HTTP 503");
        assertThat(doc.get("rules").get("watch_list").toString()).isEqualTo("[\"000660\",\"005930\"]");
        assertThat(doc.get("members").get(0).has("base_price")).isFalse();
        assertThat(content).doesNotContain("null");
    }

    @Test
    void shouldRoundTripAUniverseCarriedOverFromThePreviousDay() throws Exception {
        Universe carried = UniverseFixtures.universe()
                .carriedOver(DAY.plusDays(3), Instant.parse("2026-07-26T23:30:00Z"), "master download failed");
        file().write(carried);

        assertThat(file().read(DAY.plusDays(3))).contains(carried);
    }

    @Test
    void shouldIgnoreFieldsItDoesNotKnow() throws Exception {
        file().write(UniverseFixtures.universe());
        Path path = file().path(DAY);
        String content = Files.readString(path, UTF_8).replaceFirst("\\{", "{\"added_later\": [1, 2],");
        Files.writeString(path, content, UTF_8);

        assertThat(file().read(DAY)).contains(UniverseFixtures.universe());
    }

    @Test
    void shouldRefuseAFileThatIsNotAUniverseNamingTheFile() throws Exception {
        Path path = file().path(DAY);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "{\"schema_version\":\"1.0\",\"day\":", UTF_8);

        assertThatThrownBy(() -> file().read(DAY))
                .isInstanceOf(UniverseFileException.class)
                .hasMessageContaining("20260724.json")
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> file().latestBefore(DAY.plusDays(1))).isInstanceOf(UniverseFileException.class);
    }

    @Test
    void shouldRefuseAFileThatIsMissingAField() throws Exception {
        file().write(UniverseFixtures.universe());
        Path path = file().path(DAY);
        Files.writeString(path, Files.readString(path, UTF_8).replace("\"built_at\"", "\"built\""), UTF_8);

        assertThatThrownBy(() -> file().read(DAY))
                .isInstanceOf(UniverseFileException.class)
                .hasMessageContaining("document.built_at must be a string");
    }

    @Test
    void shouldRefuseAnotherDaysOrMarketsFileUnderThisName() throws Exception {
        file().write(UniverseFixtures.universe());
        Path elsewhere = file().path(DAY.plusDays(1));
        Files.copy(file().path(DAY), elsewhere);
        UniverseFile otherMarket = new UniverseFile(root, "kis", "kr_etfs");
        Files.createDirectories(otherMarket.path(DAY).getParent());
        Files.copy(file().path(DAY), otherMarket.path(DAY));

        assertThatThrownBy(() -> file().read(DAY.plusDays(1))).hasMessageContaining("day is '2026-07-24'");
        assertThatThrownBy(() -> otherMarket.read(DAY)).hasMessageContaining("market is 'kr_stocks'");
    }

    @Test
    void shouldRejectProviderAndMarketNamesThatAreNotArchiveNames() {
        assertThatThrownBy(() -> new UniverseFile(root, "../kis", "kr_stocks")).hasMessageContaining("provider");
        assertThatThrownBy(() -> new UniverseFile(root, "kis", "KR")).hasMessageContaining("market");
    }

    private static Universe dayOf(Universe universe, LocalDate day) {
        return new Universe(
                day,
                universe.builtAt(),
                universe.source(),
                universe.degradedReason(),
                universe.rules(),
                universe.counts(),
                universe.members());
    }
}
