/**
 * The venue seam. Everything the observer needs from a venue — its profile, its reference data (the day's
 * listings, the trading calendar), a snapshot source for Track A and a stream source for Track B — is described
 * here in venue-neutral terms; each venue implements it in its own sub-package ({@code provider.kis},
 * {@code provider.upbit}) and nothing outside those sub-packages (wiring in {@code app} excepted) sees a venue type.
 */
package io.stockobserver.provider;
