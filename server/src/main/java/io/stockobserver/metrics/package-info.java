/**
 * Prometheus metrics (MicroProfile Metrics, {@code /metrics}): every metric has a description and a unit. Counts
 * kept by the plain components are exposed as gauges reading those counters, so the hot paths never touch the
 * metrics library.
 */
package io.stockobserver.metrics;
