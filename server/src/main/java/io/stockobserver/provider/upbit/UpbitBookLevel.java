package io.stockobserver.provider.upbit;

import java.math.BigDecimal;
import java.util.Objects;

/** One price level of one side of the book. */
public record UpbitBookLevel(BigDecimal price, BigDecimal size) {
    public UpbitBookLevel {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
    }
}
