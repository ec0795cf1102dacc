package io.stockobserver.scalp.slot;

import io.stockobserver.calendar.CollectionWindow;
import io.stockobserver.scalp.candidate.ActivitySettings;
import java.time.Duration;
import java.util.List;

/** What Track B's slot manager needs from the configuration (OBSERVER_SCALP_PINS, OBSERVER_SLOT_*, …). */
public interface SlotSettings {
    SlotPolicy slotPolicy();

    ActivitySettings activitySettings();

    List<String> scalpPins();

    Duration slotDecideEvery();

    Duration candidateSweepEvery();

    Duration candidateRankingEvery();

    CollectionWindow swingWindow();

    CollectionWindow scalpWindow();
}
