/**
 * KIS (한국투자증권) behind the venue seam: authentication (access token, WebSocket approval key), the REST client with
 * its client-side rate limiter, the Tyrus WebSocket session and real-time frame parser, chk-holiday, the master
 * files, and the seam's sources built on them ({@code KisListingSource}, {@code KisTradingDays},
 * {@code KisSnapshotSource}, {@code KisStreamSource}, {@code KisActivitySource}).
 *
 * <p>Everything venue-specific about KIS lives here (ArchitectureTest keeps it so). The wire classes are plain Java
 * (JDK, Jackson, Tyrus), unit-tested against the sandbox directly; {@code KisGateway} is the one CDI bean, handed to
 * the capabilities as a {@code provider.Venue} by {@code app.VenueWiring}.
 */
package io.stockobserver.provider.kis;
