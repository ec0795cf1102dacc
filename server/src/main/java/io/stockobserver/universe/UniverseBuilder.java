package io.stockobserver.universe;

import io.stockobserver.provider.Listing;
import io.stockobserver.provider.ListingSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the day's universe from the venue's listings (KIS: the KOSPI and KOSDAQ master files) by {@link UniverseRules}. Every listing is
 * either included, with a reason naming the rules it passed, or counted under the first {@link ExclusionReason}
 * that applies. Lines the parser could not read are counted as {@code malformed_lines}. Thread-safe.
 */
public final class UniverseBuilder {

    private final Clock clock;

    /** @param clock stamps {@link Universe#builtAt()} */
    public UniverseBuilder(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The universe of {@code day} from the venue's {@code listings} (on a duplicate symbol the first one wins). */
    public Universe build(LocalDate day, ListingSource.Listings listings, UniverseRules rules) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(listings, "listings");
        Objects.requireNonNull(rules, "rules");
        List<UniverseMember> members = new ArrayList<>();
        Map<ExclusionReason, Integer> excluded = new EnumMap<>(ExclusionReason.class);
        Set<String> seen = new HashSet<>();
        int considered = 0;
        for (Listing listing : listings.listings()) {
            considered++;
            Optional<ExclusionReason> reason = exclusion(listing, rules, !seen.add(listing.symbol()));
            if (reason.isPresent()) {
                excluded.merge(reason.get(), 1, Integer::sum);
            } else {
                members.add(UniverseMember.of(listing, inclusionReason(listing, rules)));
            }
        }
        UniverseCounts counts =
                new UniverseCounts(considered, members.size(), listings.malformed(), wireNames(excluded));
        return new Universe(day, clock.instant(), listings.source(), Optional.empty(), rules, counts, members);
    }

    /**
     * A degraded universe of the configured watch-list codes alone, for a day whose master files could not be read
     * and that has no earlier universe to keep. Members carry only their symbol.
     */
    public Universe fromWatchList(LocalDate day, Collection<String> codes, UniverseRules rules, String why) {
        Objects.requireNonNull(why, "why");
        Set<String> unique = new TreeSet<>(codes);
        if (unique.isEmpty()) {
            throw new IllegalArgumentException("a watch-list universe needs at least one code");
        }
        List<UniverseMember> members = new ArrayList<>();
        for (String code : unique) {
            members.add(UniverseMember.symbolOnly(code, "in watch list (no master data)"));
        }
        UniverseCounts counts = new UniverseCounts(members.size(), members.size(), 0, Map.of());
        return new Universe(day, clock.instant(), Universe.SOURCE_WATCH_LIST, Optional.of(why), rules, counts, members);
    }

    private static Optional<ExclusionReason> exclusion(Listing r, UniverseRules rules, boolean duplicate) {
        ExclusionReason reason = null;
        if (duplicate) {
            reason = ExclusionReason.DUPLICATE_SYMBOL;
        } else if (rules.watchList().isPresent() && !rules.watchList().get().contains(r.symbol())) {
            reason = ExclusionReason.NOT_IN_WATCH_LIST;
        } else if (!rules.includedGroups().contains(r.group())) {
            reason = ExclusionReason.GROUP_NOT_INCLUDED;
        } else if (rules.excludeHalted() && r.halted()) {
            reason = ExclusionReason.HALTED;
        } else if (rules.excludeAdministrative() && r.administrative()) {
            reason = ExclusionReason.ADMINISTRATIVE;
        } else if (rules.excludePreferred() && r.preferred()) {
            reason = ExclusionReason.PREFERRED;
        } else if (rules.excludeSpac() && r.spac()) {
            reason = ExclusionReason.SPAC;
        } else if (rules.excludeWarning() && r.warning()) {
            reason = ExclusionReason.WARNING;
        } else if (r.referencePrice().compareTo(BigDecimal.valueOf(rules.minBasePrice())) < 0) {
            reason = ExclusionReason.BELOW_MIN_PRICE;
        } else if (rules.turnoverRuleOn() && r.turnover().isEmpty()) {
            reason = ExclusionReason.TURNOVER_UNKNOWN;
        } else if (rules.turnoverRuleOn() && r.turnover().get().compareTo(rules.minTurnover()) < 0) {
            reason = ExclusionReason.BELOW_MIN_TURNOVER;
        }
        return Optional.ofNullable(reason);
    }

    /** E.g. {@code ST, base price 71500 >= 4000, not halted, not a SPAC}; flags let through are named too. */
    static String inclusionReason(Listing r, UniverseRules rules) {
        List<String> parts = new ArrayList<>();
        if (rules.watchList().isPresent()) {
            parts.add("in watch list");
        }
        parts.add(r.group());
        parts.add("base price " + r.referencePrice().toPlainString() + " >= " + rules.minBasePrice());
        describe(parts, rules.excludeHalted(), r.halted(), "not halted", "halted (allowed)");
        describe(
                parts,
                rules.excludeAdministrative(),
                r.administrative(),
                "not administrative",
                "administrative (allowed)");
        describe(parts, rules.excludePreferred(), r.preferred(), "not preferred", "preferred (allowed)");
        describe(parts, rules.excludeSpac(), r.spac(), "not a SPAC", "SPAC (allowed)");
        describe(parts, rules.excludeWarning(), r.warning(), "not under warning", "under warning (allowed)");
        if (rules.turnoverRuleOn()) {
            parts.add("turnover " + r.turnover().orElseThrow().toBigInteger() + " >= "
                    + rules.minTurnover().toPlainString());
        }
        return String.join(", ", parts);
    }

    private static void describe(List<String> parts, boolean ruleOn, boolean flagged, String passed, String allowed) {
        if (ruleOn) {
            parts.add(passed);
        } else if (flagged) {
            parts.add(allowed);
        }
    }

    private static Map<String, Integer> wireNames(Map<ExclusionReason, Integer> byReason) {
        Map<String, Integer> named = new LinkedHashMap<>();
        byReason.forEach((reason, count) -> named.put(reason.wireName(), count));
        return named;
    }
}
