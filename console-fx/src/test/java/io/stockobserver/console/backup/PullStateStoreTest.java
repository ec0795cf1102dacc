package io.stockobserver.console.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last result per server and day, kept across restarts. */
class PullStateStoreTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 16);
    private static final LocalDate TUE = LocalDate.of(2026, 11, 17);

    @TempDir
    Path root;

    @Test
    void shouldKeepEveryResultAcrossARestart() throws IOException {
        Path file = root.resolve(BackupFolders.STATE_FILE);
        PullStateStore store = new PullStateStore(file);
        PullResult acknowledged = result("seoul-1", MON, PullState.ACKNOWLEDGED, null);
        PullResult failed = result("tokyo-1", MON, PullState.FAILED, "HTTP 409 for POST …: mismatch");
        store.record(acknowledged);
        store.record(failed);

        PullStateStore reloaded = new PullStateStore(file);

        assertThat(reloaded.result("seoul-1", MON)).contains(acknowledged);
        assertThat(reloaded.result("tokyo-1", MON)).contains(failed);
        assertThat(reloaded.result("seoul-1", TUE)).isEmpty();
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left).containsExactly(file); // the temporary file was moved, not left behind
        }
    }

    @Test
    void shouldKeepOnlyTheLatestResultOfADay() throws IOException {
        PullStateStore store = new PullStateStore(root.resolve(BackupFolders.STATE_FILE));
        store.record(result("seoul-1", MON, PullState.PULLED, null));
        store.record(result("seoul-1", MON, PullState.VERIFIED, null));
        PullResult last = result("seoul-1", MON, PullState.ACKNOWLEDGED, null);
        store.record(last);

        assertThat(new PullStateStore(store.file()).results()).hasSize(1);
        assertThat(new PullStateStore(store.file()).result("seoul-1", MON)).contains(last);
    }

    @Test
    void shouldGroupResultsByDayNewestFirstThenByServer() throws IOException {
        PullStateStore store = new PullStateStore(root.resolve(BackupFolders.STATE_FILE));
        store.record(result("tokyo-1", MON, PullState.ACKNOWLEDGED, null));
        store.record(result("seoul-1", MON, PullState.FAILED, "x"));
        store.record(result("seoul-1", TUE, PullState.INTERRUPTED, "interrupted"));

        var table = store.results();

        assertThat(table.keySet()).containsExactly(TUE, MON);
        assertThat(table.get(MON).keySet()).containsExactly("seoul-1", "tokyo-1");
        assertThat(table.get(TUE).get("seoul-1").state()).isEqualTo(PullState.INTERRUPTED);
    }

    @Test
    void shouldMoveAnUnreadableStateFileAsideAndStartEmpty() throws IOException {
        Path file = root.resolve(BackupFolders.STATE_FILE);
        Files.writeString(file, "{\"format\":\"stock-observer-pull-state/1\",\"results\":[{\"server\":\"a\"");

        PullStateStore store = new PullStateStore(file);

        assertThat(store.results()).isEmpty();
        assertThat(file).doesNotExist();
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left)
                    .singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).startsWith("pull-state.json.unreadable-"));
        }
    }

    private static PullResult result(String server, LocalDate day, PullState state, String error) {
        return new PullResult(
                server,
                day,
                state,
                5,
                5,
                1_234_567,
                1_000_000,
                2,
                true,
                "ab".repeat(32),
                Instant.parse("2026-11-20T12:00:00Z"),
                error);
    }
}
