package io.stockobserver.health;

import io.stockobserver.calendar.CollectionWindow;
import io.stockobserver.collect.ScalpCollector;
import io.stockobserver.collect.ScalpStream;

/**
 * The three things the probes read from the scalp collector, set by the test: the collector's own start-up needs the
 * whole container (gateway, calendar, managed scheduler), while the stream it hands out is built for real.
 */
final class CollectorState extends ScalpCollector {
    ScalpStream stream;
    CollectionWindow window;
    boolean streaming;

    @Override
    public ScalpStream stream() {
        return stream;
    }

    @Override
    public CollectionWindow window() {
        return window;
    }

    @Override
    public boolean isStreaming() {
        return streaming;
    }
}
