/** The Backups tab: schedule, "Pull now", progress per server and overall, results per day and server. Shows what
 * {@code io.stockobserver.console.backup} does; holds no pulling logic of its own. */
package io.stockobserver.console.backup.view;
