/**
 * The daily backup package (seed 003 §2.9): a Jakarta Batch job ({@code META-INF/batch-jobs/backup-package.xml})
 * that summarizes every archive file of a market day — size, SHA-256, records, first/last event time — into
 * {@code backup/{YYYYMMDD}/manifest.json} with the day's gaps and anomaly status and the manifest's own hash.
 * Resumable and deterministic; docs/operations.md.
 */
package io.stockobserver.batch.backup;
