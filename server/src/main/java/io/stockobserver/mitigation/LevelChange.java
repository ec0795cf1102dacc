package io.stockobserver.mitigation;

import java.time.Instant;
import java.util.List;

/**
 * A mitigation level change, for the {@code mitigation_changed} event and the metric.
 *
 * @param at when it was decided
 * @param from previous level
 * @param to new level
 * @param hz the sampling rate at the new level
 * @param reasons the resources whose sustained breach raised the level (empty when it fell)
 * @param sample the reading that decided it
 */
public record LevelChange(Instant at, int from, int to, double hz, List<String> reasons, ResourceSample sample) {}
