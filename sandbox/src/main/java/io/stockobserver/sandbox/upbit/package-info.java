/**
 * The Upbit sandbox: a local simulator of Upbit's Quotation REST API and public WebSocket over a seeded crypto
 * market, the counterpart of the KIS sandbox one package up. Start it with
 * {@link io.stockobserver.sandbox.upbit.UpbitSandbox#start(io.stockobserver.sandbox.upbit.UpbitSandboxOptions)};
 * steer it through its faults, WebSocket faults and surges, or over HTTP at {@code /sandbox/…} on the REST port.
 *
 * <p>Sub-packages: {@code market} (the model), {@code limit} (rate limits and the 418 block), {@code rest},
 * {@code ws}, {@code wire} (date formats) and {@code stats}. What is an Upbit fact and what a sandbox choice is in
 * docs/sandbox.md.
 */
package io.stockobserver.sandbox.upbit;
