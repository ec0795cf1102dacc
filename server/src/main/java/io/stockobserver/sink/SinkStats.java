package io.stockobserver.sink;

/**
 * One downstream sink's counters, for status and metrics.
 *
 * @param name the sink's name
 * @param capacity its queue's capacity
 * @param depth records waiting now
 * @param delivered records delivered
 * @param dropped records dropped because the queue was full or the sink closed
 * @param failed deliveries that threw
 * @param running whether its thread is delivering
 */
public record SinkStats(
        String name, int capacity, int depth, long delivered, long dropped, long failed, boolean running) {}
