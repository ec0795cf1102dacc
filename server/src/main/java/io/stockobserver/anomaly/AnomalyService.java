package io.stockobserver.anomaly;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.collect.ScalpCollector;
import io.stockobserver.events.DayEvents;
import io.stockobserver.loop.LoopService;
import io.stockobserver.mitigation.MitigationService;
import io.stockobserver.mitigation.ResourceSample;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the day for the anomaly rules of seed 003 §2.8. Every 10 s it turns metrics into evidence — CPU at or above
 * 85 % for 10 minutes ({@code cpu_high_sustained}), scalp record rate under 97 % for 5 consecutive minutes
 * ({@code scalp_rate_low}) — and every minute it judges today's events ({@link AnomalyEvaluator}); each rule that
 * newly fires is a {@code day_marked_anomalous} event with its reason, logged at WARNING.
 */
@ApplicationScoped
public class AnomalyService {
    private static final Logger LOG = Logger.getLogger(AnomalyService.class.getName());

    @Inject
    ArchiveService archive;

    @Inject
    VenueProfile venue;

    @Inject
    MitigationService mitigation;

    @Inject
    ScalpCollector scalp;

    @Inject
    LoopService loops;

    private final AnomalyRules rules = AnomalyRules.defaults();
    private final AnomalyEvaluator evaluator = new AnomalyEvaluator(rules);
    private io.stockobserver.loop.SupervisedLoop ticker;
    private Instant cpuHighSince;
    private boolean cpuReported;
    private Instant minuteStart;
    private long[] minuteCounts;
    private int lowMinutes;
    private boolean rateReported;
    private Instant lastJudged = Instant.EPOCH;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        ticker = loops.fixedDelay("anomaly-judge", Duration.ofSeconds(10), Duration.ofSeconds(10), this::tick);
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.end();
        }
    }

    /** The verdict on {@code day} from its archived events. */
    public DayVerdict verdict(LocalDate day) throws IOException {
        return evaluator.evaluate(DayEvents.read(archive.layout(), venue.provider(), day));
    }

    private synchronized void tick() {
        try {
            Instant now = archive.clock().instant();
            watchCpu(now);
            watchScalpRate(now);
            if (Duration.between(lastJudged, now).toSeconds() >= 60) {
                lastJudged = now;
                judge(now);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "anomaly check failed", e); // tried again in 10 s
        }
    }

    private void watchCpu(Instant now) {
        ResourceSample s = mitigation.lastSample();
        if (s == null || s.cpu() < rules.cpuHigh()) {
            cpuHighSince = null;
            cpuReported = false;
            return;
        }
        if (cpuHighSince == null) {
            cpuHighSince = now;
        }
        if (!cpuReported && Duration.between(cpuHighSince, now).compareTo(rules.cpuHighFor()) >= 0) {
            cpuReported = true;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("since", cpuHighSince);
            f.put("cpu", java.math.BigDecimal.valueOf(Math.round(s.cpu() * 1000) / 1000.0));
            archive.events().record("cpu_high_sustained", f);
        }
    }

    /** Whole minutes of expected vs recorded snapshots; 5 low minutes in a row are evidence once per episode. */
    private void watchScalpRate(Instant now) {
        long[] counts = scalp.sampleCounts();
        if (minuteStart == null) {
            minuteStart = now;
            minuteCounts = counts;
            return;
        }
        if (Duration.between(minuteStart, now).toSeconds() < 60) {
            return;
        }
        long expected = counts[0] - minuteCounts[0];
        long recorded = counts[1] - minuteCounts[1];
        minuteStart = now;
        minuteCounts = counts;
        if (expected == 0) {
            return; // outside the window, or no slot symbol has traded yet
        }
        double rate = recorded / (double) expected;
        if (rate >= rules.minScalpRate()) {
            lowMinutes = 0;
            rateReported = false;
            return;
        }
        lowMinutes++;
        if (!rateReported && lowMinutes >= rules.scalpRateFor().toMinutes()) {
            rateReported = true;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("minutes", lowMinutes);
            f.put("last_minute_rate", java.math.BigDecimal.valueOf(Math.round(rate * 1000) / 1000.0));
            archive.events().record("scalp_rate_low", f);
        }
    }

    private void judge(Instant now) throws IOException {
        LocalDate today = now.atZone(venue.zone()).toLocalDate();
        List<JsonNode> events = DayEvents.read(archive.layout(), venue.provider(), today);
        DayVerdict v = evaluator.evaluate(events);
        List<String> marked = events.stream()
                .filter(e -> e.path("event_type").asText().equals("day_marked_anomalous"))
                .map(e -> e.path("reason").asText())
                .toList();
        for (String reason : v.reasons()) {
            if (!marked.contains(reason)) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("day", today.toString());
                f.put("reason", reason);
                f.putAll(v.figures());
                archive.events().record("day_marked_anomalous", f);
                LOG.warning("day " + today + " marked anomalous: " + reason + " " + v.figures());
            }
        }
    }
}
