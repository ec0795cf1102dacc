/**
 * The observer core: Validate → Guard → Record → Enrich, then a bounded hand-off to the archive. Input is a
 * provider-neutral {@link io.stockobserver.pipeline.Observation}; output is one JSON line per record with the common
 * meta of RECORDS.md. Rejections are counted and become system events, never silent drops.
 *
 * <p>Depends on {@code io.stockobserver.archive} (the sink) and Jackson; the CDI bean {@code ObservationPipeline}
 * wires the plain stages together.
 */
package io.stockobserver.pipeline;
