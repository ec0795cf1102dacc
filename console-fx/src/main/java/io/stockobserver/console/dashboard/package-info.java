/**
 * One server's live dashboard: the model (JavaFX properties and lists built from the server's views and live events),
 * the view (slot grid, charts, gap timeline, tables, action bar) and the operator's actions. Depends on
 * {@code connect} only.
 */
package io.stockobserver.console.dashboard;
