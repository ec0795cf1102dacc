/**
 * The KIS (한국투자증권) provider adapter: authentication (access token, WebSocket approval key), the REST client with
 * its client-side rate limiter, the Tyrus WebSocket session and the real-time frame parser.
 *
 * <p>Everything venue-specific about KIS lives here; the rest of the server sees {@code Observation}s. Depends on the
 * JDK, Jackson and Tyrus only (no CDI), so it is unit-tested against the sandbox directly; CDI wiring lives in
 * {@code io.stockobserver.collect}.
 */
package io.stockobserver.provider.kis;
