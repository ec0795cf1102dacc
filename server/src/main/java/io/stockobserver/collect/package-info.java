/**
 * Collection: when to observe (market hours), what to observe (configured symbols), and how venue data becomes
 * {@link io.stockobserver.pipeline.Observation}s — the swing REST poller, the scalp stream with its latest-quote book
 * and the 2 Hz sampler. Plain classes here are unit-tested; {@code SwingCollector} and {@code ScalpCollector} are the
 * Jakarta EE beans that schedule them.
 */
package io.stockobserver.collect;
