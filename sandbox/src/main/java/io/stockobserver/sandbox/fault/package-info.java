/**
 * Fault injection on the REST surface: the faults pending now ({@link io.stockobserver.sandbox.fault.FaultPlan}) and
 * their settings as a value ({@link io.stockobserver.sandbox.fault.FaultSettings}). The {@code rest} package applies
 * them; users drive them through {@link io.stockobserver.sandbox.SandboxFaults} or the sandbox's own admin endpoint
 * {@code /sandbox/faults}. Depends only on the JDK.
 */
package io.stockobserver.sandbox.fault;
