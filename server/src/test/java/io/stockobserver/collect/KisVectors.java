package io.stockobserver.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared KIS vectors (../shared/kis/vectors), read as the tests' real-format inputs. */
final class KisVectors {
    static final Path ROOT = Files.isDirectory(Path.of("../../shared/kis/vectors"))
            ? Path.of("../../shared/kis/vectors")
            : Path.of("../shared/kis/vectors");

    private KisVectors() {}

    /** The constructed two-record H0STCNT0 frame, as it appears on the wire (comment lines dropped). */
    static String tradeFrame() {
        try {
            return Files.readAllLines(ROOT.resolve("constructed/h0stcnt0_count002.txt")).stream()
                    .filter(l -> l.startsWith("0|"))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its two records, 46 caret-separated fields each. */
    static String[] twoTradeRecords() {
        String payload = tradeFrame().substring("0|H0STCNT0|002|".length());
        String[] f = payload.split("\\^", -1);
        int w = f.length / 2;
        return new String[] {
            String.join("^", java.util.Arrays.copyOfRange(f, 0, w)),
            String.join("^", java.util.Arrays.copyOfRange(f, w, 2 * w))
        };
    }
}
