/**
 * The console application: start-up, settings per OS user, the dialogs, and one {@code ServerSession} per connected
 * server tying {@code connect} and {@code dashboard} together, plus the Backups tab over {@code backup}.
 */
package io.stockobserver.console.app;
