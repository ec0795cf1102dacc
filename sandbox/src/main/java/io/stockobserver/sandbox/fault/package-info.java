/**
 * Fault injection state: on the REST surface the faults pending now ({@link io.stockobserver.sandbox.fault.FaultPlan},
 * {@link io.stockobserver.sandbox.fault.FaultSettings}), applied by the {@code rest} package; on the WebSocket
 * surface stalls, spoiled frames and refused handshakes ({@link io.stockobserver.sandbox.fault.WsFaultPlan},
 * {@link io.stockobserver.sandbox.fault.WsFaultSettings}, {@link io.stockobserver.sandbox.fault.FrameFault}),
 * applied by the {@code ws} package. Users drive them through {@link io.stockobserver.sandbox.SandboxFaults},
 * {@link io.stockobserver.sandbox.SandboxWsFaults} or the sandbox's own admin endpoints {@code /sandbox/faults} and
 * {@code /sandbox/ws-faults}. Depends only on the JDK.
 */
package io.stockobserver.sandbox.fault;
