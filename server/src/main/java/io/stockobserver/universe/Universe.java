package io.stockobserver.universe;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The day's fixed universe: the symbols Track A observes all day, how they were chosen, and whether the choice is a
 * degraded one. Built before the open ({@link UniverseBuilder}), written once to
 * {@code universe/{provider}/{market}/{YYYYMMDD}.json} ({@link UniverseFile}) and read back unchanged after a
 * restart.
 *
 * @param day the market-local trading day it is for
 * @param builtAt when it was built; kept to the microsecond, as the file writes it
 * @param source where the members came from: the venue's listing source (e.g. {@code kis_master}),
 *     {@value #SOURCE_PREVIOUS_DAY} or {@value #SOURCE_WATCH_LIST}
 * @param degradedReason present when this is not the universe the rules would give from today's master files (e.g.
 *     the master download failed and yesterday's universe is kept); says why
 * @param rules the rules that chose the members
 * @param counts considered / included / excluded per reason
 * @param members sorted by symbol, no symbol twice
 */
public record Universe(
        LocalDate day,
        Instant builtAt,
        String source,
        Optional<String> degradedReason,
        UniverseRules rules,
        UniverseCounts counts,
        List<UniverseMember> members) {

    /** Members kept from an earlier day's universe (today's master files were unavailable). */
    public static final String SOURCE_PREVIOUS_DAY = "previous_day";
    /** Members taken from the configured watch list without master data. */
    public static final String SOURCE_WATCH_LIST = "watch_list";

    public Universe {
        Objects.requireNonNull(day, "day");
        builtAt = Objects.requireNonNull(builtAt, "builtAt").truncatedTo(ChronoUnit.MICROS);
        if (source == null || !source.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("source must match [a-z0-9_]+ but was '" + source + "'");
        }
        Objects.requireNonNull(degradedReason, "degradedReason");
        if (degradedReason.isPresent() && degradedReason.get().isBlank()) {
            throw new IllegalArgumentException("a degraded universe needs a reason");
        }
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(counts, "counts");
        List<UniverseMember> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(UniverseMember::symbol));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).symbol().equals(sorted.get(i - 1).symbol())) {
                throw new IllegalArgumentException("symbol " + sorted.get(i).symbol() + " is a member twice");
            }
        }
        if (counts.included() != sorted.size()) {
            throw new IllegalArgumentException(
                    "counts.included is " + counts.included() + " but there are " + sorted.size() + " members");
        }
        members = List.copyOf(sorted);
    }

    /** True when {@link #degradedReason()} is present. */
    public boolean degraded() {
        return degradedReason.isPresent();
    }

    /** The members' symbols, sorted. */
    public List<String> symbols() {
        return members.stream().map(UniverseMember::symbol).toList();
    }

    /**
     * This universe kept for a later {@code newDay} because that day's could not be built: same members, rules and
     * counts, source {@value #SOURCE_PREVIOUS_DAY}, degraded with {@code why} and the day it came from.
     */
    public Universe carriedOver(LocalDate newDay, Instant now, String why) {
        if (!newDay.isAfter(day)) {
            throw new IllegalArgumentException("can carry " + day + "'s universe only to a later day, not " + newDay);
        }
        String reason = Objects.requireNonNull(why, "why") + "; kept the universe of " + day;
        return new Universe(newDay, now, SOURCE_PREVIOUS_DAY, Optional.of(reason), rules, counts, members);
    }
}
