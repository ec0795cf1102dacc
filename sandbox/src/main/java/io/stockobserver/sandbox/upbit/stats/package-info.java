/**
 * Live counters of what the Upbit sandbox did: REST requests per rate-limit group, 429 and 418 answers, injected
 * faults, WebSocket connections, subscriptions, frames per type, keep-alive traffic and closes. The REST and
 * WebSocket layers increment them; {@code io.stockobserver.sandbox.upbit.UpbitSandboxStats} and
 * {@code GET /sandbox/stats} read them. Depends only on the JDK and the rate-limit groups.
 */
package io.stockobserver.sandbox.upbit.stats;
