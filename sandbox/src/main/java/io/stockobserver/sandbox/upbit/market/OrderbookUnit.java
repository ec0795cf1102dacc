package io.stockobserver.sandbox.upbit.market;

/**
 * One row of a book: the i-th best ask and the i-th best bid. A side with fewer levels than the book has rows shows
 * 0 price and 0 size there, as Upbit pads a thin side.
 *
 * @param askPrice ask price, 0 for padding
 * @param bidPrice bid price, 0 for padding
 * @param askSize ask size, 0 for padding
 * @param bidSize bid size, 0 for padding
 */
public record OrderbookUnit(double askPrice, double bidPrice, double askSize, double bidSize) {}
