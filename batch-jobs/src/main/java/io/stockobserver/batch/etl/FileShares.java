package io.stockobserver.batch.etl;

import java.util.ArrayList;
import java.util.List;

/**
 * How a partitioned chunk step shares its files ({@link EtlPartitionMapper}): file {@code i} to share {@code i mod n},
 * every share in the files' order. A day's 5-minute segments are about the same size, so the shares are even, and
 * each share is still read in time order.
 */
public final class FileShares {
    private FileShares() {}

    public static List<List<String>> of(List<String> files, int n) {
        List<List<String>> shares = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < files.size(); i++) {
            shares.get(i % n).add(files.get(i));
        }
        return shares;
    }
}
