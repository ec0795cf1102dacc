/**
 * The archive's disk: the guard that watches how full its file system is and turns it into evidence, readiness and
 * mitigation — never a crash or a silent stop (seed 003 §2.8, issue 5). docs/operations.md.
 */
package io.stockobserver.storage;
