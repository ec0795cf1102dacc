/**
 * MicroProfile Health probes, one class per probe: liveness (writer thread alive, queue not stuck), readiness
 * (archive writable, venue session connected while collecting), startup (repair done, writer running).
 */
package io.stockobserver.health;
