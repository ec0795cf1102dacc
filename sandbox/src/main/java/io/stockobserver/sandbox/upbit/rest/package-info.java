/**
 * The Upbit Quotation REST surface on the JDK HTTP server: {@code /v1/market/all}, {@code /v1/ticker},
 * {@code /v1/ticker/all}, {@code /v1/orderbook}, {@code /v1/orderbook/instruments}, {@code /v1/trades/ticks} and
 * {@code /v1/candles/minutes/{unit}}, each answering in Upbit's JSON with a {@code Remaining-Req} header; and the
 * sandbox's own admin resources {@code /sandbox/faults}, {@code /sandbox/ws-faults}, {@code /sandbox/surges} and
 * {@code /sandbox/stats}.
 *
 * <p>Each quotation endpoint is one {@link io.stockobserver.sandbox.upbit.rest.QuotationEndpoint} of a rate-limit
 * group; the {@link io.stockobserver.sandbox.upbit.rest.QuotationGate} applies the injected faults, the 418 block and
 * the per-IP group limit before the endpoint answers. Reuses the request and reply types of the KIS REST package.
 * Depends on {@code upbit.market}, {@code upbit.limit}, {@code upbit.stats}, {@code fault} and {@code wire}.
 */
package io.stockobserver.sandbox.upbit.rest;
