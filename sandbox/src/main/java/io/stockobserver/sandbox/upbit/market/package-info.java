/**
 * The seeded crypto market of the Upbit sandbox: a universe of KRW-, BTC- and USDT-quoted markets (names, market
 * warnings and cautions), and per market a lazy simulator of trades, a book of up to 30 levels on Upbit's tick grid,
 * the UTC day's figures and a rolling 24 h tape of one-minute buckets. Trading never stops (no sessions, no
 * holidays); activity follows a daily profile, and a minority of markets trade only every few minutes. Surges
 * ({@link io.stockobserver.sandbox.market.Surge}) multiply one market's trade sizes, trade rate or volatility.
 *
 * <p>Nothing here knows about Upbit's JSON: the {@code rest} and {@code ws} packages encode the snapshots. Depends
 * only on the JDK and on the surge types of {@code io.stockobserver.sandbox.market}.
 */
package io.stockobserver.sandbox.upbit.market;
