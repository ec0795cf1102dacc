/**
 * The Upbit (KRW crypto market) provider adapter, wire layer: the Quotation REST client with its per-group rate
 * limiter ({@code Remaining-Req}, 429 back-off, 418 blocks), the ticker mapper to swing observations, the Tyrus
 * WebSocket session with its subscribe request, keep-alive and message budget, and the frame decoder for DEFAULT and
 * SIMPLE keys.
 *
 * <p>Everything venue-specific about Upbit lives here; the rest of the server sees {@code Observation}s and the
 * normalized field maps of {@link io.stockobserver.provider.upbit.UpbitMarketData}. Numbers are read from the JSON
 * text as {@code BigDecimal} or long and bounded by {@code io.stockobserver.pipeline.FieldBounds}, never through a
 * double. Depends on the JDK, Jackson, Tyrus and {@code io.stockobserver.pipeline} only (no CDI), so it is unit-tested
 * against loopback servers and the Upbit sandbox directly. The seam's sources ({@code UpbitListingSource},
 * {@code UpbitSnapshotSource}, {@code UpbitStreamSource}) are built on it by {@code UpbitGateway}, the one CDI bean,
 * handed to the capabilities as a {@code provider.Venue} by {@code app.VenueWiring}; collection policy stays in
 * {@code io.stockobserver.collect}.
 */
package io.stockobserver.provider.upbit;
