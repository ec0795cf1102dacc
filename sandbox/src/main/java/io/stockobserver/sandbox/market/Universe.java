package io.stockobserver.sandbox.market;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The listings of the simulated market, generated from the seed: the known real names first, then unique generated
 * codes (multiples of ten), sorted by code. About 5 % of the generated listings are ETFs and those named …리츠 are
 * REITs; the rest are stocks.
 */
final class Universe {

    /** A listing and its simulation parameters. */
    record Listing(SymbolInfo info, SymbolProfile profile) {}

    /** Generated codes are 000010..499990 in steps of ten. */
    static final int MAX_GENERATED = 49_999;

    private final List<SymbolInfo> symbols;
    private final Map<String, Listing> byCode;

    private Universe(Map<String, Listing> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        List<SymbolInfo> infos = new ArrayList<>(byCode.size());
        byCode.values().forEach(listing -> infos.add(listing.info()));
        this.symbols = Collections.unmodifiableList(infos);
    }

    /** Generates {@code count} listings from {@code seed}. */
    static Universe generate(long seed, int count) {
        if (count < 1 || count > MAX_GENERATED) {
            throw new IllegalArgumentException("symbol count must be 1.." + MAX_GENERATED + ": " + count);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<KnownListing> known = KnownListing.ALL.subList(0, Math.min(count, KnownListing.ALL.size()));
        Set<String> knownCodes = new HashSet<>();
        Set<String> knownNames = new HashSet<>();
        known.forEach(listing -> {
            knownCodes.add(listing.code());
            knownNames.add(listing.name());
        });
        TreeSet<String> generatedCodes = new TreeSet<>();
        while (generatedCodes.size() < count - known.size()) {
            String code = String.format("%06d", (1 + rng.nextInt(MAX_GENERATED)) * 10);
            if (!knownCodes.contains(code)) {
                generatedCodes.add(code);
            }
        }
        NameGenerator names = new NameGenerator(rng.split(), knownNames);
        EtfNames etfNames = new EtfNames();
        Map<String, Listing> byCode = new TreeMap<>();
        known.forEach(listing -> byCode.put(listing.code(), ListingFactory.known(seed, listing)));
        generatedCodes.forEach(code -> byCode.put(code, ListingFactory.generated(seed, code, names.next(), etfNames)));
        return new Universe(byCode);
    }

    /** Returns every listing's information, sorted by code. */
    List<SymbolInfo> symbols() {
        return symbols;
    }

    /** Returns the listing with a code. */
    Optional<Listing> listing(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
