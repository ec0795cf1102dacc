package io.stockobserver.universe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides a day's universe, once: the day's file if it already exists (a restart at noon reloads the same members);
 * otherwise built from the KIS master files by the rules; when the master files cannot be downloaded or read, the
 * most recent earlier universe carried over (degraded), or with none the watch list alone (degraded). Whatever it
 * decides is written before it is returned, so the day stays fixed.
 */
public final class UniverseProvisioner {
    /** Where the master files come from. */
    @FunctionalInterface
    public interface MasterSource {
        byte[] fetch(MasterMarket market) throws IOException, InterruptedException;
    }

    /** How a universe came to be in force. */
    public enum How {
        LOADED,
        BUILT
    }

    /** The day's universe and how it was obtained. */
    public record Provision(Universe universe, How how) {}

    private final UniverseFile files;
    private final UniverseBuilder builder;
    private final MasterSource source;
    private final Clock clock;

    public UniverseProvisioner(UniverseFile files, UniverseBuilder builder, MasterSource source, Clock clock) {
        this.files = files;
        this.builder = builder;
        this.source = source;
        this.clock = clock;
    }

    /** Master files over HTTP from {@code base} ({@code …/kospi_code.mst.zip}, {@code …/kosdaq_code.mst.zip}). */
    public static MasterSource http(HttpClient http, URI base, Duration timeout) {
        URI dir = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        return market -> {
            URI uri = dir.resolve(market.entryName() + ".zip");
            HttpResponse<byte[]> r = http.send(
                    HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IOException("GET " + uri + " answered HTTP " + r.statusCode());
            }
            return r.body();
        };
    }

    /**
     * The universe in force for {@code day}.
     *
     * @throws IOException when nothing at all can be decided: no master files, no earlier universe, no watch list
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
            List<MasterFile> masters = new ArrayList<>();
            for (MasterMarket m : MasterMarket.values()) {
                masters.add(MasterFileParser.parseZip(source.fetch(m), m));
            }
            return builder.build(day, masters, rules);
        } catch (IOException e) {
            String why = "master files unavailable: " + e.getMessage();
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
