/**
 * Retention (seed 003 §2.12): archive days older than their policy are deleted only after the PC acknowledged their
 * backup; anomalous days are kept longer; at the cap an unacknowledged day is kept and raises an alarm. Every
 * deletion and every refusal is a system event. docs/operations.md.
 */
package io.stockobserver.retention;
