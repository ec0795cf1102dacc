/**
 * Record sinks behind the pipeline: the archive sink, and the fan-out that hands each archived record to every
 * downstream sink behind its own bounded queue (the database, Kafka and the local feed as they arrive). Depends on
 * {@code archive}, {@code pipeline} and {@code events}.
 */
package io.stockobserver.sink;
