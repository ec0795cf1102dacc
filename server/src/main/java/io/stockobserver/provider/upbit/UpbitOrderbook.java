package io.stockobserver.provider.upbit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code orderbook} frame: always the whole book (up to 30 levels), never a delta. The venue pads a thin side with
 * 0/0 slots; those are dropped, so {@link #asks()} and {@link #bids()} hold real levels only, best first. Fields:
 * {@code ask_price}, {@code ask_size}, {@code bid_price}, {@code bid_size} of the best level of each side (left out
 * for an empty side); {@code total_ask_size}, {@code total_bid_size}, {@code level} and the times stay
 * provider-specific; the deeper levels are in the raw journal and in {@link #asks()}/{@link #bids()}.
 *
 * @param eventTime {@code timestamp}: the time of the book's last change
 */
public record UpbitOrderbook(
        String code,
        UpbitStreamType streamType,
        Instant eventTime,
        List<UpbitBookLevel> asks,
        List<UpbitBookLevel> bids,
        Map<String, Object> fields,
        Map<String, String> providerSpecific,
        String raw)
        implements UpbitMarketData {
    public UpbitOrderbook {
        asks = List.copyOf(asks);
        bids = List.copyOf(bids);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        providerSpecific = Collections.unmodifiableMap(new LinkedHashMap<>(providerSpecific));
    }

    public Optional<UpbitBookLevel> bestAsk() {
        return asks.isEmpty() ? Optional.empty() : Optional.of(asks.get(0));
    }

    public Optional<UpbitBookLevel> bestBid() {
        return bids.isEmpty() ? Optional.empty() : Optional.of(bids.get(0));
    }
}
