package io.stockobserver.provider;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** The venue's listings of a day: what the universe is built from. */
public interface ListingSource {
    /**
     * The listings published for {@code day}, in the venue's order (on a duplicate symbol the first one wins).
     *
     * @throws IOException when the venue's listings cannot be had at all (the universe then carries an earlier day's
     *     over, or falls back to the watch list)
     */
    Listings listings(LocalDate day) throws IOException, InterruptedException;

    /**
     * One day's listings.
     *
     * @param source what they were read from, written into the universe file (e.g. {@code kis_master})
     * @param malformed lines or entries of the venue's answer that could not be read (counted, never guessed)
     */
    record Listings(String source, List<Listing> listings, int malformed) {
        public Listings {
            listings = List.copyOf(listings);
        }
    }
}
