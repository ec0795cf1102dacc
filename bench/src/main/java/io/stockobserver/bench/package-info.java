/**
 * End-to-end ingest benchmarks over the production classes (no mocks): the sandbox floods the real-time feed to the
 * real KIS WebSocket session, raw journal, parser and quote book; or the pipeline alone feeds the archive writer.
 * Results and how to reproduce them: docs/performance.md.
 */
package io.stockobserver.bench;
