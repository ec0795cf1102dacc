/**
 * Upbit's request limits as the sandbox enforces them: sliding one-second (and one-minute) windows per key
 * ({@link io.stockobserver.sandbox.upbit.limit.SlidingWindowLimiter}), the REST rate-limit groups with their
 * {@code Remaining-Req} header ({@link io.stockobserver.sandbox.upbit.limit.RateLimitGroup}), and the HTTP 418 block
 * of a client that keeps sending while refused ({@link io.stockobserver.sandbox.upbit.limit.RefusalEscalation}). All
 * windows run on a monotonic clock, never on the market clock. Depends only on the JDK.
 */
package io.stockobserver.sandbox.upbit.limit;
