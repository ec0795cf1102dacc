/**
 * KIS wire conventions shared by the REST and WebSocket layers: number and sign formatting of quote fields, and the
 * JSON mapper. Depends only on the JDK and Jackson.
 */
package io.stockobserver.sandbox.wire;
