/**
 * The append-only, partitioned JSONL archive: where every observation of a trading day ends up, and the only
 * thing a quant desk may have left of that day. Everything here is plain Java 17 that depends on nothing but the
 * JDK (and Jackson, only to read the heartbeat back); CDI beans elsewhere wrap it.
 *
 * <ul>
 *   <li>{@link io.stockobserver.archive.ArchiveLayout} — where each kind of record lives (market-local calendar,
 *       segments aligned to local midnight).
 *   <li>{@link io.stockobserver.archive.ArchiveWriter} — the single writer thread that owns every open archive
 *       file and makes records durable by group commit; a record counts as archived only once forced.
 *   <li>{@link io.stockobserver.archive.RawJournal} — journals raw inputs before parsing and hands out
 *       {@link io.stockobserver.archive.RawRef}s ({@code file:line}) that match the physical line.
 *   <li>{@link io.stockobserver.archive.ArchiveRepair} — start-up repair: torn last lines go to quarantine.
 *   <li>{@link io.stockobserver.archive.LivenessJournal} — the process heartbeat behind {@code process_restart}
 *       gaps; {@link io.stockobserver.archive.SessionIds} names observer runs.
 * </ul>
 *
 * <p>Every durable write follows one recipe (see {@code DurableFiles}): write, {@code force()}, fsync the directory
 * when a file or directory is created, and write-temp-then-atomic-rename where a whole file is replaced. The file
 * format is documented in {@code docs/archive-format.md}.
 */
package io.stockobserver.archive;
