/**
 * The KIS REST surface on the JDK HTTP server: OAuth endpoints ({@code /oauth2/tokenP}, {@code /oauth2/Approval},
 * {@code /oauth2/revokeP}), quotation endpoints under {@code /uapi/domestic-stock/v1/} (inquire-price,
 * intstock-multprice, chk-holiday, and the rankings volume-rank and ranking/fluctuation), the public master-file
 * downloads under {@code /common/master/}, and the sandbox's own admin resources {@code /sandbox/faults},
 * {@code /sandbox/surges} and {@code /sandbox/ws-faults}.
 *
 * <p>Each endpoint is one {@link io.stockobserver.sandbox.rest.RestEndpoint} class; quotation endpoints extend
 * {@link io.stockobserver.sandbox.rest.QuotationEndpoint}, which applies the gateway rules (token, appkey, rate
 * limit, tr_id) and the injected faults before the endpoint answers. To add an endpoint, write the class and list it
 * where the sandbox builds the {@link io.stockobserver.sandbox.rest.RestServer}. Depends on {@code auth},
 * {@code market}, {@code master}, {@code fault}, {@code wire} and {@code stats}.
 */
package io.stockobserver.sandbox.rest;
