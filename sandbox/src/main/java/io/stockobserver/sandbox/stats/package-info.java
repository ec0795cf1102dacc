/**
 * Live counters of what the sandbox did (tokens, refusals, registrations, frames, pings, injected faults). The REST
 * and WebSocket layers increment them; {@code io.stockobserver.sandbox.SandboxStats} is the read-only view callers
 * get. Depends on nothing else in the sandbox.
 */
package io.stockobserver.sandbox.stats;
