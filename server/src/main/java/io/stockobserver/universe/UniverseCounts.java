package io.stockobserver.universe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the universe came about: how many listings were considered, how many were included, how many were excluded
 * for each reason, and how many master-file lines could not be read at all. Every listing considered is either
 * included or counted under exactly one reason.
 *
 * @param considered listings read from the master files (or codes of the watch list)
 * @param included members of the universe
 * @param malformedLines master-file lines that were not records ({@link MasterParseError}s); not among considered
 * @param excluded count per reason, keyed by wire name ({@link ExclusionReason#wireName()}); only non-zero counts
 */
public record UniverseCounts(int considered, int included, int malformedLines, Map<String, Integer> excluded) {

    public UniverseCounts {
        requireNotNegative(considered, "considered");
        requireNotNegative(included, "included");
        requireNotNegative(malformedLines, "malformedLines");
        Objects.requireNonNull(excluded, "excluded");
        Map<String, Integer> copy = new LinkedHashMap<>();
        int sum = included;
        for (Map.Entry<String, Integer> entry : excluded.entrySet()) {
            if (entry.getKey() == null || !entry.getKey().matches("[a-z0-9_]+")) {
                throw new IllegalArgumentException("exclusion reason must match [a-z0-9_]+: '" + entry.getKey() + "'");
            }
            requireNotNegative(entry.getValue(), "excluded " + entry.getKey());
            copy.put(entry.getKey(), entry.getValue());
            sum += entry.getValue();
        }
        if (sum != considered) {
            throw new IllegalArgumentException("included (" + included + ") plus excluded " + copy
                    + " must add up to considered (" + considered + ")");
        }
        excluded = Collections.unmodifiableMap(copy);
    }

    /** Listings excluded for {@code reason} (0 when none). */
    public int excluded(ExclusionReason reason) {
        return excluded.getOrDefault(reason.wireName(), 0);
    }

    private static void requireNotNegative(Integer value, String what) {
        if (value == null || value < 0) {
            throw new IllegalArgumentException(what + " must be a count (>= 0) but was " + value);
        }
    }
}
