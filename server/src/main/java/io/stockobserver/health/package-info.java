/**
 * MicroProfile Health probes, one class per probe: liveness (writer thread alive, queue not stuck, every periodic
 * loop running), readiness (configuration valid, archive writable, venue session connected while collecting, no loop
 * stopped or failing), startup (repair done, writer running).
 */
package io.stockobserver.health;
