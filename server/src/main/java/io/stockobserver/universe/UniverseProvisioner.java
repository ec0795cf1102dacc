package io.stockobserver.universe;

import io.stockobserver.provider.ListingSource;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decides a day's universe, once: the day's file if it already exists (a restart at noon reloads the same members);
 * otherwise built from the venue's listings (KIS: the master files) by the rules; when they cannot be had, the
 * most recent earlier universe carried over (degraded), or with none the watch list alone (degraded). Whatever it
 * decides is written before it is returned, so the day stays fixed.
 */
public final class UniverseProvisioner {
    /** How a universe came to be in force. */
    public enum How {
        LOADED,
        BUILT
    }

    /** The day's universe and how it was obtained. */
    public record Provision(Universe universe, How how) {}

    private final UniverseFile files;
    private final UniverseBuilder builder;
    private final ListingSource source;
    private final Clock clock;

    public UniverseProvisioner(UniverseFile files, UniverseBuilder builder, ListingSource source, Clock clock) {
        this.files = files;
        this.builder = builder;
        this.source = source;
        this.clock = clock;
    }

    /**
     * The universe in force for {@code day}.
     *
     * @throws IOException when nothing at all can be decided: no listings, no earlier universe, no watch list
     */
    public Provision provide(LocalDate day, UniverseRules rules, List<String> watchList)
            throws IOException, InterruptedException {
        Optional<Universe> fixed = files.read(day);
        if (fixed.isPresent()) {
            return new Provision(fixed.get(), How.LOADED);
        }
        return new Provision(files.writeIfAbsent(build(day, rules, watchList)), How.BUILT);
    }

    private Universe build(LocalDate day, UniverseRules rules, List<String> watchList)
            throws IOException, InterruptedException {
        try {
            return builder.build(day, source.listings(day), rules);
        } catch (IOException e) {
            String why = "listings unavailable: " + e.getMessage();
            Optional<Universe> previous = files.latestBefore(day);
            if (previous.isPresent()) {
                return previous.get().carriedOver(day, clock.instant(), why);
            }
            if (!watchList.isEmpty()) {
                return builder.fromWatchList(day, watchList, rules, why + "; no earlier universe");
            }
            throw new IOException(why + "; no earlier universe and no OBSERVER_SYMBOLS to fall back on", e);
        }
    }
}
