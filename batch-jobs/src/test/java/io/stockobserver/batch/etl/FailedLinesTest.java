package io.stockobserver.batch.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailedLinesTest {
    @TempDir
    Path root;

    private static ArchiveLine line(long n, String text) {
        return new ArchiveLine(
                "scalp/kis/kr_stocks/20260724/09_00_00.jsonl", n, n * 100, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldListALineSkippedAgainByARereadChunkOnce() throws Exception {
        Path file = FailedLines.path(root, 7);

        FailedLines.append(file, "scalp", line(3, "{not json"), "not_json");
        FailedLines.append(file, "scalp", line(3, "{not json"), "not_json"); // the chunk read again
        FailedLines.append(file, "scalp", line(4, "[1]"), "not_an_object");

        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void shouldKnowTheLinesAFileListsWhenAnotherProcessWroteIt() throws Exception {
        Path before = FailedLines.path(root, 8);
        FailedLines.append(before, "scalp", line(3, "{not json"), "not_json");
        // the server restarted: this process has not appended to the instance's file yet
        Path after = FailedLines.path(root, 9);
        Files.copy(before, after);

        FailedLines.append(after, "scalp", line(3, "{not json"), "not_json");
        FailedLines.append(after, "events", line(3, "{not json"), "not_json"); // another source's line 3

        assertThat(Files.readAllLines(after)).hasSize(2);
    }
}
