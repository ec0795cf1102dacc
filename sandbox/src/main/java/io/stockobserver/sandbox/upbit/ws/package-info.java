/**
 * The Upbit WebSocket surface on a Java-WebSocket server, at {@code /websocket/v1} only: the connection limit (429
 * at the upgrade), one JSON-array request per subscription that replaces the previous one, no acknowledgement, one
 * SNAPSHOT frame per code and then REALTIME frames of {@code ticker}, {@code trade} and {@code orderbook} in
 * DEFAULT, SIMPLE, JSON_LIST or SIMPLE_LIST keys, sent as binary frames of UTF-8 JSON; {@code LIST_SUBSCRIPTIONS};
 * error frames followed by a close 1000; the per-connection message limit; text {@code PING} answered with
 * {@code {"status":"UP"}} then every 10 s; and the idle close, which drops the TCP connection without a close frame.
 *
 * <p>Delivery never blocks the model: each connection has a bounded outbox that drops its oldest data frames when a
 * client cannot keep up; the outbox is also where an injected stall holds a connection silent. Depends on
 * {@code upbit.market}, {@code upbit.limit}, {@code upbit.stats}, {@code upbit.wire}, {@code fault} and
 * {@code wire}.
 */
package io.stockobserver.sandbox.upbit.ws;
