package io.stockobserver.universe;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which listings make the day's universe (ARCHITECTURE §6: "KRX common stocks whose previous close ≥ 4,000 KRW;
 * threshold is configuration"; for a crypto venue: the KRW pairs not under warning with enough 24-hour turnover).
 * Immutable; start from {@link #defaults()} and change with the {@code with…} methods. The rules used are written
 * into every universe file.
 *
 * @param minBasePrice lowest reference price (KIS 기준가, Upbit last trade) that is included; default
 *     {@value #DEFAULT_MIN_BASE_PRICE}
 * @param minTurnover lowest recent traded value (Upbit: 24 h, in the quote currency) that is included; zero turns
 *     the rule off (the default). When it is on, a listing whose venue publishes no turnover is left out as
 *     {@link ExclusionReason#TURNOVER_UNKNOWN}, never let through unchecked.
 * @param includedGroups group codes that are included; default {@code {ST}} (KIS 주권, common and preferred stock)
 * @param excludeHalted leave out listings with 거래정지 = Y; default true
 * @param excludeAdministrative leave out 관리종목; default false
 * @param excludePreferred leave out preferred stock (우선주 1 or 2); default false
 * @param excludeSpac leave out SPACs; default true
 * @param excludeWarning leave out listings the venue warns about (KIS 시장경고, Upbit 유의 종목); default false
 * @param watchList when present, only these symbols can be included; default absent (no restriction)
 */
public record UniverseRules(
        long minBasePrice,
        BigDecimal minTurnover,
        Set<String> includedGroups,
        boolean excludeHalted,
        boolean excludeAdministrative,
        boolean excludePreferred,
        boolean excludeSpac,
        boolean excludeWarning,
        Optional<Set<String>> watchList) {

    /** Default lowest base price: 4,000 KRW (ARCHITECTURE §6). */
    public static final long DEFAULT_MIN_BASE_PRICE = 4000;
    /** Default included group: {@code ST} (주권). */
    public static final Set<String> DEFAULT_INCLUDED_GROUPS = Set.of("ST");

    public UniverseRules {
        if (minBasePrice < 0) {
            throw new IllegalArgumentException("minBasePrice must not be negative but was " + minBasePrice);
        }
        Objects.requireNonNull(minTurnover, "minTurnover");
        if (minTurnover.signum() < 0) {
            throw new IllegalArgumentException("minTurnover must not be negative but was " + minTurnover);
        }
        minTurnover = minTurnover.stripTrailingZeros();
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

    /** 4,000 KRW, no turnover rule, group ST, halted and SPACs out, the rest in, no watch list. */
    public static UniverseRules defaults() {
        return new UniverseRules(
                DEFAULT_MIN_BASE_PRICE,
                BigDecimal.ZERO,
                DEFAULT_INCLUDED_GROUPS,
                true,
                false,
                false,
                true,
                false,
                Optional.empty());
    }

    /** Whether the minimum-turnover rule is on. */
    public boolean turnoverRuleOn() {
        return minTurnover.signum() > 0;
    }

    public UniverseRules withMinBasePrice(long price) {
        return edit(e -> e.minBasePrice = price);
    }

    public UniverseRules withMinTurnover(BigDecimal value) {
        return edit(e -> e.minTurnover = value);
    }

    public UniverseRules withIncludedGroups(Collection<String> groups) {
        return edit(e -> e.includedGroups = Set.copyOf(groups));
    }

    public UniverseRules withExcludeHalted(boolean exclude) {
        return edit(e -> e.excludeHalted = exclude);
    }

    public UniverseRules withExcludeAdministrative(boolean exclude) {
        return edit(e -> e.excludeAdministrative = exclude);
    }

    public UniverseRules withExcludePreferred(boolean exclude) {
        return edit(e -> e.excludePreferred = exclude);
    }

    public UniverseRules withExcludeSpac(boolean exclude) {
        return edit(e -> e.excludeSpac = exclude);
    }

    public UniverseRules withExcludeWarning(boolean exclude) {
        return edit(e -> e.excludeWarning = exclude);
    }

    /** Restricts the universe to {@code codes} (symbols such as {@code 005930} or {@code KRW-BTC}). */
    public UniverseRules withWatchList(Collection<String> codes) {
        return edit(e -> e.watchList = Optional.of(Set.copyOf(codes)));
    }

    /** Lifts the watch-list restriction. */
    public UniverseRules withoutWatchList() {
        return edit(e -> e.watchList = Optional.empty());
    }

    /** One copy path for every {@code with…}: change a mutable copy, then validate it through the constructor. */
    private UniverseRules edit(java.util.function.Consumer<Editable> change) {
        Editable e = new Editable(this);
        change.accept(e);
        return new UniverseRules(
                e.minBasePrice,
                e.minTurnover,
                e.includedGroups,
                e.excludeHalted,
                e.excludeAdministrative,
                e.excludePreferred,
                e.excludeSpac,
                e.excludeWarning,
                e.watchList);
    }

    private static final class Editable {
        long minBasePrice;
        BigDecimal minTurnover;
        Set<String> includedGroups;
        boolean excludeHalted;
        boolean excludeAdministrative;
        boolean excludePreferred;
        boolean excludeSpac;
        boolean excludeWarning;
        Optional<Set<String>> watchList;

        Editable(UniverseRules r) {
            minBasePrice = r.minBasePrice;
            minTurnover = r.minTurnover;
            includedGroups = r.includedGroups;
            excludeHalted = r.excludeHalted;
            excludeAdministrative = r.excludeAdministrative;
            excludePreferred = r.excludePreferred;
            excludeSpac = r.excludeSpac;
            excludeWarning = r.excludeWarning;
            watchList = r.watchList;
        }
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
