/**
 * Failure evidence: system events ({@code gap_marker}, rejections, subscription refusals, process restarts) written
 * to {@code system/events/{provider}/{YYYYMMDD}.jsonl} through the same durable writer as the records.
 *
 * <p>Depends on {@code io.stockobserver.archive} and {@code io.stockobserver.pipeline} (session meta, JSON time).
 */
package io.stockobserver.events;
