package io.stockobserver.provider.kis;

import io.stockobserver.provider.Listing;
import io.stockobserver.provider.ListingSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * KIS's listings: the KOSPI and KOSDAQ master files ({@code kospi_code.mst.zip}, {@code kosdaq_code.mst.zip},
 * KIS_API_FACTS §8), fetched from {@code base} and parsed into venue-neutral {@link Listing}s. A file that cannot be
 * fetched or opened fails the whole day (the universe then carries an earlier one over); a malformed line is counted
 * and left out.
 */
public final class KisListingSource implements ListingSource {
    public static final String SOURCE = "kis_master";
    /** 시장경고 codes that mean the exchange warns about the listing: 주의, 경고, 위험. */
    private static final Set<String> WARNINGS = Set.of("01", "02", "03");

    /** Where the master files come from (HTTP in production, bytes in tests). */
    @FunctionalInterface
    public interface MasterFiles {
        byte[] fetch(MasterMarket market) throws IOException, InterruptedException;
    }

    private final MasterFiles files;

    public KisListingSource(MasterFiles files) {
        this.files = files;
    }

    /** Master files over HTTP from {@code base} ({@code …/kospi_code.mst.zip}, {@code …/kosdaq_code.mst.zip}). */
    public static KisListingSource http(HttpClient http, URI base, Duration timeout) {
        URI dir = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        return new KisListingSource(market -> {
            URI uri = dir.resolve(market.entryName() + ".zip");
            HttpResponse<byte[]> r = http.send(
                    HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IOException("GET " + uri + " answered HTTP " + r.statusCode());
            }
            return r.body();
        });
    }

    @Override
    public Listings listings(LocalDate day) throws IOException, InterruptedException {
        List<Listing> out = new ArrayList<>();
        int malformed = 0;
        for (MasterMarket m : MasterMarket.values()) {
            MasterFile file = MasterFileParser.parseZip(files.fetch(m), m);
            malformed += file.errors().size();
            file.records().forEach(r -> out.add(listing(r)));
        }
        return new Listings(SOURCE, out, malformed);
    }

    /** One master-file record as a listing. */
    public static Listing listing(MasterRecord r) {
        return new Listing(
                r.code(),
                r.name(),
                r.market().wireName(),
                r.groupCode(),
                BigDecimal.valueOf(r.basePrice()),
                OptionalLong.of(r.listedShares()),
                r.halted(),
                r.administrative(),
                r.isPreferred(),
                r.spac(),
                WARNINGS.contains(r.marketWarning()),
                Optional.empty());
    }
}
