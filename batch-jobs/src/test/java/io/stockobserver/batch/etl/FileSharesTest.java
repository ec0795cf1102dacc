package io.stockobserver.batch.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FileSharesTest {
    private static List<String> segments(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> "scalp/kis/kr_stocks/20260724/seg%03d".formatted(i))
                .toList();
    }

    @Test
    void shouldGiveEveryFileToExactlyOnePartitionInTimeOrderWithEvenShares() {
        List<String> files = segments(79);

        List<List<String>> shares = FileShares.of(files, 2);

        assertThat(shares).hasSize(2);
        assertThat(shares.get(0)).hasSize(40).isSorted();
        assertThat(shares.get(1)).hasSize(39).isSorted();
        List<String> all = new ArrayList<>(shares.get(0));
        all.addAll(shares.get(1));
        assertThat(all).containsExactlyInAnyOrderElementsOf(files).doesNotHaveDuplicates();
    }

    @Test
    void shouldLeaveAPartitionEmptyWhenThereAreFewerFilesThanPartitions() {
        assertThat(FileShares.of(segments(1), 3))
                .containsExactly(List.of("scalp/kis/kr_stocks/20260724/seg000"), List.of(), List.of());
        assertThat(FileShares.of(List.of(), 2)).containsExactly(List.of(), List.of());
    }
}
