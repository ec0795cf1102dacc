/**
 * The KIS WebSocket surface on a Java-WebSocket server: registrations (tr_type 1/2) with the venue's limits and
 * control replies, PINGPONG keep-alives, and the real-time data frames {@code 0|TR_ID|NNN|f^f^…} of H0STCNT0
 * (46 fields) and H0STASP0 (59 or 62 fields) fed from the market model.
 *
 * <p>Delivery never blocks the model: each session has a bounded outbox that drops its oldest data frames when a
 * client cannot keep up. The outbox and the handshake are also where the injected faults of
 * {@link io.stockobserver.sandbox.fault.WsFaultPlan} act (stalls, spoiled frames, refused connections). Depends on
 * {@code auth}, {@code market}, {@code fault}, {@code wire} and {@code stats}.
 */
package io.stockobserver.sandbox.ws;
