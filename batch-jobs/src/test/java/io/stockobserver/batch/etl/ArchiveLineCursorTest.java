package io.stockobserver.batch.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Complete lines only, their places exact, across files, long lines and a resume from any position. */
class ArchiveLineCursorTest {
    @TempDir
    Path root;

    private List<ArchiveLine> all(LinePosition from) throws Exception {
        List<ArchiveLine> out = new ArrayList<>();
        try (ArchiveLineCursor c = new ArchiveLineCursor(root, from)) {
            for (ArchiveLine l; (l = c.next()) != null; ) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void shouldReadCompleteLinesWithTheirLineNumbersAndOffsetsAndLeaveATornTail() throws Exception {
        String longLine = "x".repeat(700_000); // longer than the read buffer
        Files.writeString(root.resolve("a.jsonl"), "one\n\n" + longLine + "\nthree\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("c.jsonl"), "last\n{\"torn", StandardCharsets.UTF_8);
        List<ArchiveLine> lines = all(LinePosition.start(List.of("a.jsonl", "b.jsonl", "c.jsonl"))); // b is gone

        assertThat(lines).extracting(ArchiveLine::text).containsExactly("one", "", longLine, "three", "last");
        assertThat(lines)
                .extracting(ArchiveLine::ref)
                .containsExactly("a.jsonl:1", "a.jsonl:2", "a.jsonl:3", "a.jsonl:4", "c.jsonl:1");
        assertThat(lines).extracting(ArchiveLine::offset).containsExactly(0L, 4L, 5L, 5L + 700_001, 0L);
    }

    @Test
    void shouldResumeAtAnyPositionWithExactlyTheLinesNotYetRead() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            b.append("{\"n\":").append(i).append("}\n");
        }
        Files.writeString(root.resolve("a.jsonl"), b.toString());
        Files.writeString(root.resolve("b.jsonl"), b.toString());
        LinePosition start = LinePosition.start(List.of("a.jsonl", "b.jsonl"));
        List<ArchiveLine> whole = all(start);
        for (int stopAfter : new int[] {1, 777, 4999, 5000, 5001, 9999}) {
            List<ArchiveLine> read = new ArrayList<>();
            LinePosition at;
            try (ArchiveLineCursor c = new ArchiveLineCursor(root, start)) {
                for (int i = 0; i < stopAfter; i++) {
                    read.add(c.next());
                }
                at = c.position();
            }
            read.addAll(all(at));
            assertThat(read)
                    .extracting(ArchiveLine::ref)
                    .as("stop after " + stopAfter)
                    .isEqualTo(whole.stream().map(ArchiveLine::ref).toList());
        }
        assertThat(whole).hasSize(10_000);
    }
}
