/**
 * The backup pull of the operator console (docs/operations.md §2): plain Java, no JavaFX, so it runs and is tested
 * without a screen. {@link io.stockobserver.console.backup.BackupPuller} pulls one packaged day of one server —
 * manifest (hash checked), every file (resumable {@code .part} downloads, size and SHA-256 verified), then the
 * acknowledgement that lets the server's retention delete the day. {@link
 * io.stockobserver.console.backup.DailyPullScheduler} does that every evening for every configured server.
 *
 * <p>On disk, under the backup root ({@link io.stockobserver.console.backup.BackupFolders}):
 * {@code {server}/{YYYYMMDD}/manifest.json} and the files at their archive paths, {@code {server}/pull-log.jsonl}
 * (one JSON line per step) and {@code pull-state.json} (the last result per server and day).
 *
 * <p>Depends on the JDK ({@code java.net.http}, {@code java.nio.file}) and Jackson only. Listeners are called on the
 * pulling thread; the UI marshals to the FX thread itself. Credentials never leave request headers.
 */
package io.stockobserver.console.backup;
