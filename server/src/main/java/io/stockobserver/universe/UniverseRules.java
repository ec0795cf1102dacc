package io.stockobserver.universe;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which master-file listings make the day's universe (ARCHITECTURE §6: "KRX common stocks whose previous close ≥
 * 4,000 KRW; threshold is configuration"). Immutable; start from {@link #defaults()} and change with the
 * {@code with…} methods. The rules used are written into every universe file.
 *
 * @param minBasePrice lowest 기준가 (KRW) that is included; default {@value #DEFAULT_MIN_BASE_PRICE}
 * @param includedGroups 그룹코드 values that are included; default {@code {ST}} (주권, common and preferred stock)
 * @param excludeHalted leave out listings with 거래정지 = Y; default true
 * @param excludeAdministrative leave out 관리종목; default false
 * @param excludePreferred leave out preferred stock (우선주 1 or 2); default false
 * @param excludeSpac leave out SPACs; default true
 * @param watchList when present, only these short codes can be included; default absent (no restriction)
 */
public record UniverseRules(
        long minBasePrice,
        Set<String> includedGroups,
        boolean excludeHalted,
        boolean excludeAdministrative,
        boolean excludePreferred,
        boolean excludeSpac,
        Optional<Set<String>> watchList) {

    /** Default lowest base price: 4,000 KRW (ARCHITECTURE §6). */
    public static final long DEFAULT_MIN_BASE_PRICE = 4000;
    /** Default included group: {@code ST} (주권). */
    public static final Set<String> DEFAULT_INCLUDED_GROUPS = Set.of("ST");

    public UniverseRules {
        if (minBasePrice < 0) {
            throw new IllegalArgumentException("minBasePrice must not be negative but was " + minBasePrice);
        }
        includedGroups = sortedCopy(includedGroups, "includedGroups", "[0-9A-Z]{2,5}"); // KIS ST, EF; Upbit KRW, USDT
        if (includedGroups.isEmpty()) {
            throw new IllegalArgumentException("includedGroups must name at least one group code, e.g. ST");
        }
        Objects.requireNonNull(watchList, "watchList");
        watchList = watchList.map(codes -> sortedCopy(codes, "watchList", "[0-9A-Z]+(-[0-9A-Z]+)?"));
        if (watchList.isPresent() && watchList.get().isEmpty()) {
            throw new IllegalArgumentException("watchList is present but empty; leave it absent for no restriction");
        }
    }

    /** 4,000 KRW, group ST, halted and SPACs out, administrative and preferred stock in, no watch list. */
    public static UniverseRules defaults() {
        return new UniverseRules(
                DEFAULT_MIN_BASE_PRICE, DEFAULT_INCLUDED_GROUPS, true, false, false, true, Optional.empty());
    }

    public UniverseRules withMinBasePrice(long krw) {
        return new UniverseRules(
                krw, includedGroups, excludeHalted, excludeAdministrative, excludePreferred, excludeSpac, watchList);
    }

    public UniverseRules withIncludedGroups(Collection<String> groups) {
        return new UniverseRules(
                minBasePrice,
                Set.copyOf(groups),
                excludeHalted,
                excludeAdministrative,
                excludePreferred,
                excludeSpac,
                watchList);
    }

    public UniverseRules withExcludeHalted(boolean exclude) {
        return new UniverseRules(
                minBasePrice, includedGroups, exclude, excludeAdministrative, excludePreferred, excludeSpac, watchList);
    }

    public UniverseRules withExcludeAdministrative(boolean exclude) {
        return new UniverseRules(
                minBasePrice, includedGroups, excludeHalted, exclude, excludePreferred, excludeSpac, watchList);
    }

    public UniverseRules withExcludePreferred(boolean exclude) {
        return new UniverseRules(
                minBasePrice, includedGroups, excludeHalted, excludeAdministrative, exclude, excludeSpac, watchList);
    }

    public UniverseRules withExcludeSpac(boolean exclude) {
        return new UniverseRules(
                minBasePrice,
                includedGroups,
                excludeHalted,
                excludeAdministrative,
                excludePreferred,
                exclude,
                watchList);
    }

    /** Restricts the universe to {@code codes} (short codes such as {@code 005930}). */
    public UniverseRules withWatchList(Collection<String> codes) {
        return new UniverseRules(
                minBasePrice,
                includedGroups,
                excludeHalted,
                excludeAdministrative,
                excludePreferred,
                excludeSpac,
                Optional.of(Set.copyOf(codes)));
    }

    /** Lifts the watch-list restriction. */
    public UniverseRules withoutWatchList() {
        return new UniverseRules(
                minBasePrice,
                includedGroups,
                excludeHalted,
                excludeAdministrative,
                excludePreferred,
                excludeSpac,
                Optional.empty());
    }

    /** Sorted, so a universe file lists groups and codes in a stable order. */
    private static Set<String> sortedCopy(Collection<String> values, String what, String pattern) {
        Objects.requireNonNull(values, what);
        SortedSet<String> copy = new TreeSet<>();
        for (String value : values) {
            String trimmed = value == null ? "" : value.strip();
            if (!trimmed.matches(pattern)) {
                throw new IllegalArgumentException(
                        what + " entries must match " + pattern + " but got '" + value + "'");
            }
            copy.add(trimmed);
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
