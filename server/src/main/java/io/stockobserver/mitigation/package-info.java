/**
 * The mitigation controller of seed 003 §2.10: levels 0/1/2 (2/1/0.5 Hz) decided from CPU, memory, disk-write latency
 * and event-queue lag sustained for a window (5 minutes). Coverage beats frequency: mitigation lowers the sampling
 * rate, never the number of slots. Pure logic here (no clock, no I/O); sampling and wiring live in {@code app}.
 */
package io.stockobserver.mitigation;
