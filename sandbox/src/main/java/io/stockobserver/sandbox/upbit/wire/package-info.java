/**
 * Upbit's wire conventions shared by the REST and WebSocket encoders: date and time formats (UTC and KST). Depends
 * only on the JDK.
 */
package io.stockobserver.sandbox.upbit.wire;
