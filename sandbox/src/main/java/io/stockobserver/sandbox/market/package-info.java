/**
 * The seeded market model: a KRX-like universe of listings and, per listing, a simulator of trades and of a ten-level
 * order book on the KRX tick grid, driven by a trading calendar (always open, or exchange hours in Asia/Seoul with
 * the weekends and holidays of a {@link io.stockobserver.sandbox.market.HolidayCalendar}). Scheduled
 * {@link io.stockobserver.sandbox.market.Surge}s multiply one listing's trade sizes, trade rate or volatility for a
 * while, so a trigger engine has something to find.
 *
 * <p>Depends only on the JDK, so the REST and WebSocket layers, the observer's tests and the benchmarks can use it on
 * its own. Nothing here knows about KIS wire formats; encoders in {@code rest} and {@code ws} turn snapshots into
 * KIS fields.
 */
package io.stockobserver.sandbox.market;
