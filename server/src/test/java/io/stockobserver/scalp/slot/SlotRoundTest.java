package io.stockobserver.scalp.slot;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.scalp.candidate.ActivitySettings;
import io.stockobserver.scalp.candidate.CandidateBoard;
import io.stockobserver.scalp.trigger.TriggerEngine;
import io.stockobserver.scalp.trigger.TriggerThresholds;
import io.stockobserver.scalp.trigger.TriggerType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An exchange day on a clock of the test's own: the candidate monitor learns from 09:00 (Track A every 10 minutes,
 * the universe sweep every minute), the scalp window opens at 09:30 — and the first decision holds all 41 slots.
 */
class SlotRoundTest {
    private static final ZoneId KST = ZoneId.of("Asia/Seoul");
    private static final LocalDate DAY = LocalDate.of(2026, 7, 24);
    private static final int UNIVERSE = 300;
    private static final String SURGE = String.format("%06d", 7);

    private final CandidateBoard board = new CandidateBoard(ActivitySettings.defaults(), KST, s -> true);
    private final SlotRound round = new SlotRound(
            board, new TriggerEngine(TriggerThresholds.defaults()), new SlotAllocator(SlotPolicy.defaults()));
    private final Map<String, Long> volume = new HashMap<>();
    private final Random random = new Random(42);

    private static Instant at(String hhmmss) {
        return DAY.atTime(LocalTime.parse(hhmmss)).atZone(KST).toInstant();
    }

    /** One sweep of the universe at {@code t}; the surge symbol trades 30× its usual volume from 09:31 on. */
    private void sweep(Instant t) {
        for (int i = 0; i < UNIVERSE; i++) {
            String s = String.format("%06d", i);
            long perMinute = 1_000L * (UNIVERSE - i);
            boolean surging = s.equals(SURGE) && !t.isBefore(at("09:31:00"));
            long v = volume.merge(s, (surging ? 30 : 1) * perMinute + random.nextInt(100), Long::sum);
            board.observe(s, t, v, 10_000, 0.5, -1); // a flat price: no volatility trigger before the surge
        }
    }

    @Test
    void shouldHoldAllFortyOneSlotsFromTheFirstDecisionAtTheOpenAndLetASurgeInAfterTheHold() {
        for (Instant t = at("09:00:00"); t.isBefore(at("09:30:00")); t = t.plus(Duration.ofMinutes(1))) {
            sweep(t);
        }
        SlotRound.Outcome open = round.decide(at("09:30:00"), Set.of(), List.of());
        assertThat(open.decision().slots()).hasSize(41);
        assertThat(open.decision().slots()).allMatch(s -> s.trigger() == TriggerType.ACTIVITY_RANK);
        assertThat(open.decision().overflow()).isNotEmpty(); // the Overflow Ledger has rows from the open
        // the most active listings (the lowest codes here) hold the fill slots
        assertThat(open.activityRank().subList(0, 3)).containsExactly("000000", "000001", "000002");

        List<Slot> slots = open.decision().slots();
        Instant decided = null;
        for (Instant t = at("09:30:15"); t.isBefore(at("09:40:00")); t = t.plusSeconds(15)) {
            if (t.getEpochSecond() % 60 == 0) {
                sweep(t);
            }
            SlotRound.Outcome o = round.decide(t, Set.of(), slots);
            slots = o.decision().slots();
            assertThat(slots).hasSize(41);
            if (decided == null
                    && slots.stream()
                            .anyMatch(s -> s.symbol().equals(SURGE) && s.trigger() == TriggerType.VOLUME_SURGE)) {
                decided = t;
            }
        }
        // 000007 already held a fill slot (it is among the most active); its surge turns it into a triggered slot
        assertThat(decided).isNotNull().isBefore(at("09:40:00"));
    }

    @Test
    void shouldRegisterAWatchListSymbolOnceItTradesWithoutWaitingForATrigger() {
        // OBSERVER_SYMBOLS=005930: a universe of one; Track A's first cycle is enough to give it a slot
        CandidateBoard one = new CandidateBoard(ActivitySettings.defaults(), KST, "005930"::equals);
        SlotRound r = new SlotRound(
                one, new TriggerEngine(TriggerThresholds.defaults()), new SlotAllocator(SlotPolicy.defaults()));
        assertThat(r.decide(at("09:30:00"), Set.of(), List.of()).decision().slots())
                .isEmpty(); // nothing observed yet: nothing to register
        one.observe("005930", at("09:30:05"), 120_000, 71_000, 0.4, -1);
        one.observe("000660", at("09:30:05"), 999_000, 171_000, 0.4, -1); // not on the watch list
        SlotDecision d = r.decide(at("09:30:15"), Set.of(), List.of()).decision();
        assertThat(d.slots()).singleElement().satisfies(s -> {
            assertThat(s.symbol()).isEqualTo("005930");
            assertThat(s.trigger()).isEqualTo(TriggerType.ACTIVITY_RANK);
        });
        assertThat(d.allocated()).singleElement().satisfies(c -> assertThat(c.reason())
                .isEqualTo(SlotChange.ACTIVITY_RANK));
    }
}
