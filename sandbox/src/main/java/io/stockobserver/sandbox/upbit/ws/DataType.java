package io.stockobserver.sandbox.upbit.ws;

import java.util.Locale;
import java.util.Optional;

/** The data types the sandbox streams; Upbit's candle types are not simulated. */
enum DataType {
    TICKER,
    TRADE,
    ORDERBOOK;

    /** Returns the name on the wire, e.g. "ticker". */
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the type of a wire name; names are case-sensitive, as Upbit's. */
    static Optional<DataType> fromWire(String name) {
        for (DataType type : values()) {
            if (type.wireName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
