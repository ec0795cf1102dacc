/**
 * Record sinks behind the pipeline's bounded hand-off: the archive sink now (later the database sink and the live
 * feed). Depends on {@code archive}, {@code pipeline} and {@code events}.
 */
package io.stockobserver.sink;
