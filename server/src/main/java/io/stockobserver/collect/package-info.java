/**
 * Collection, venue-neutral: Track A cycles over the venue's {@link io.stockobserver.provider.SnapshotSource}
 * ({@code SwingCycleRunner}: batches, retry pass, gap markers), Track B's stream over its
 * {@link io.stockobserver.provider.StreamSource} ({@code ScalpStream}: reconnect back-off, gaps, refused
 * registrations) with its latest-quote book, 2 Hz sampler and watchdog. Plain classes here are unit-tested;
 * {@code SwingCollector} and {@code ScalpCollector} are the Jakarta EE beans that schedule them.
 */
package io.stockobserver.collect;
