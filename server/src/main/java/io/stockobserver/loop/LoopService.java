package io.stockobserver.loop;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Schedules every periodic task of the observer as a {@link SupervisedLoop} on the managed scheduler and watches
 * them once a second: a failed run is logged and recorded as {@code loop_failed} (the first one, then at most one a
 * minute per loop with the count folded in); a loop that stops, hangs or is starved is recorded as
 * {@code loop_stopped}, one that fails run after run as {@code loop_failing}, and its return as
 * {@code loop_recovered}. The health probes read the same registry, so a stopped loop turns liveness and readiness
 * DOWN even if this watcher itself were gone.
 */
@ApplicationScoped
public class LoopService {
    private static final Logger LOG = Logger.getLogger(LoopService.class.getName());
    /** Failed-run evidence per loop at most this often; the runs in between are counted into the next. */
    static final Duration FAILURE_REPORT_EVERY = Duration.ofMinutes(1);

    @Inject
    LoopEvents events;

    @Resource(lookup = "concurrent/observerScheduler")
    ManagedScheduledExecutorService scheduler;

    private final LoopRegistry registry = new LoopRegistry();
    private final Map<String, long[]> failureReports = new ConcurrentHashMap<>(); // name -> {last report, folded}
    private SupervisedLoop supervisor;

    @PostConstruct
    void start() {
        supervisor = fixedRate("loop-supervisor", Duration.ofSeconds(1), Duration.ofSeconds(1), this::supervise);
    }

    @PreDestroy
    void stop() {
        registry.loops().forEach(SupervisedLoop::end);
    }

    /** Runs {@code body} every {@code period} from {@code initialDelay} on, at a fixed rate (ticks on a grid). */
    public SupervisedLoop fixedRate(String name, Duration initialDelay, Duration period, SupervisedLoop.Body body) {
        SupervisedLoop loop = register(name, initialDelay, period, maxRun(period), body);
        loop.attach(
                scheduler.scheduleAtFixedRate(loop, initialDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS));
        return loop;
    }

    /** Runs {@code body} with {@code delay} between the end of one run and the start of the next. */
    public SupervisedLoop fixedDelay(String name, Duration initialDelay, Duration delay, SupervisedLoop.Body body) {
        SupervisedLoop loop = register(name, initialDelay, delay, maxRun(delay), body);
        loop.attach(scheduler.scheduleWithFixedDelay(
                loop, initialDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS));
        return loop;
    }

    /**
     * A loop driven by someone else (an EJB timer calls {@link SupervisedLoop#run()}): supervised the same way, with
     * {@code period} the timer's interval and {@code maxRun} the longest a run may take.
     */
    public SupervisedLoop driven(
            String name, Duration firstRunWithin, Duration period, Duration maxRun, SupervisedLoop.Body body) {
        return register(name, firstRunWithin, period, maxRun, body);
    }

    public LoopRegistry registry() {
        return registry;
    }

    /** Health of every loop now, by name. */
    public Map<String, LoopHealth> health() {
        return registry.health(System.nanoTime());
    }

    private SupervisedLoop register(
            String name, Duration firstRunWithin, Duration period, Duration maxRun, SupervisedLoop.Body body) {
        return registry.register(
                new SupervisedLoop(name, period, maxRun, firstRunWithin, body, this::failed, System::nanoTime));
    }

    /** A run may take a minute, or ten periods for slow loops, before it counts as stuck. */
    private static Duration maxRun(Duration period) {
        Duration tenPeriods = period.multipliedBy(10);
        return tenPeriods.compareTo(Duration.ofMinutes(1)) > 0 ? tenPeriods : Duration.ofMinutes(1);
    }

    private void failed(SupervisedLoop loop, Throwable failure, long consecutive) {
        long now = System.nanoTime();
        long[] r = failureReports.computeIfAbsent(loop.name(), k -> new long[] {Long.MIN_VALUE, 0});
        long folded;
        synchronized (r) {
            if (r[0] != Long.MIN_VALUE && now - r[0] < FAILURE_REPORT_EVERY.toNanos()) {
                r[1]++;
                return;
            }
            folded = r[1];
            r[0] = now;
            r[1] = 0;
        }
        LOG.log(
                Level.SEVERE,
                "loop " + loop.name() + " run failed (" + consecutive + " in a row, " + folded
                        + " more since the last report); the loop goes on",
                failure);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("loop", loop.name());
        f.put("failure", loop.lastFailure());
        f.put("consecutive_failures", consecutive);
        f.put("failures_total", loop.failures());
        f.put("suppressed_count", folded);
        record("loop_failed", f);
    }

    private void supervise() {
        for (LoopRegistry.Transition t : registry.transitions(System.nanoTime())) {
            SupervisedLoop l = t.loop();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("loop", l.name());
            f.put("from", t.from().wireName());
            f.put("to", t.to().wireName());
            f.put("period_ms", l.period().toMillis());
            f.put("since_last_run_ms", l.sinceLastStartMillis(System.nanoTime()));
            f.put("failures_total", l.failures());
            if (l.lastFailure() != null) {
                f.put("last_failure", l.lastFailure());
            }
            if (t.to().dead()) {
                LOG.severe("*** LOOP STOPPED: " + l.name() + " is " + t.to().wireName()
                        + "; liveness is DOWN until it runs again. Last failure: " + l.lastFailure() + " ***");
                record("loop_stopped", f);
            } else if (t.to() == LoopHealth.FAILING) {
                LOG.severe("loop " + l.name() + " fails run after run: " + l.lastFailure());
                record("loop_failing", f);
            } else if (t.to() == LoopHealth.OK && t.from().problem()) {
                LOG.warning("loop " + l.name() + " runs normally again");
                record("loop_recovered", f);
            }
        }
    }

    private void record(String type, Map<String, Object> fields) {
        events.loopEvent(type, fields);
    }

    /** The supervisor's own loop (its health is read by the probes like any other). */
    SupervisedLoop supervisor() {
        return supervisor;
    }
}
