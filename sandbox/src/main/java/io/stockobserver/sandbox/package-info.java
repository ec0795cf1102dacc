/**
 * A standalone simulator of the KIS Open API (REST and WebSocket) over a seeded market model, for the observer's
 * default run, its tests and its benchmarks.
 *
 * <p>Entry points: {@link io.stockobserver.sandbox.KisSandbox#start(SandboxOptions)} in-process, or
 * {@link io.stockobserver.sandbox.SandboxMain} from the command line. Sub-packages by capability: {@code market}
 * (the model), {@code auth} (tokens and approval keys), {@code rest} and {@code ws} (the two wire surfaces),
 * {@code master} (the master files), {@code fault} (REST and WebSocket fault injection), {@code wire} (shared KIS
 * formatting), {@code stats} (counters). Only this package wires them together; its {@code Sandbox*} classes are the
 * handles tests steer a running sandbox with (options, faults, WebSocket faults, surges, statistics).
 */
package io.stockobserver.sandbox;
