package io.stockobserver.etl;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.batch.etl.DayWindow;
import io.stockobserver.batch.etl.LineCounts;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts and follows {@code etl-day} loads. A day whose last load failed or was stopped is restarted, so it resumes
 * at its last checkpoint; a day being loaded is not started twice.
 */
@ApplicationScoped
public class EtlService {
    public static final String JOB = "etl-day";
    /** The job's steps in order (META-INF/batch-jobs/etl-day.xml). */
    public static final List<String> STEPS = List.of("swing", "scalp", "events", "overflow", "universe", "derive");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ArchiveService archive;

    @Inject
    VenueProfile venue;

    @Inject
    JpaEtlLedger ledger;

    @Inject
    ServerEtlEnvironment env;

    /** A load of the day is already under way. */
    public static class AlreadyRunning extends RuntimeException {
        public final long executionId;

        AlreadyRunning(long executionId) {
            super("a load of this day runs as execution " + executionId);
            this.executionId = executionId;
        }
    }

    /** Optional job parameters of a load: lines per chunk, partitions of the scalp step (null: the job's default). */
    public record Tuning(Integer chunk, Integer partitions) {
        public static final Tuning DEFAULT = new Tuning(null, null);
    }

    /** What {@link #start} did. */
    public record Started(long executionId, boolean restarted, String day, String provider) {}

    /** The provider this server loads: its own venue's. */
    public String provider() {
        return venue.provider();
    }

    /**
     * Loads {@code day} of this server's provider; {@code tuning} the optional job parameters (null: the defaults);
     * {@code startedBy} (a login, {@code timer:…}, {@code sink:…}) goes into the evidence. Throws
     * {@link AlreadyRunning} when a load of the day runs, IllegalArgumentException for another provider.
     */
    public synchronized Started start(String provider, LocalDate day, Tuning tuning, String startedBy) {
        String p = provider == null || provider.isBlank() ? provider() : provider;
        if (!p.equals(provider())) {
            throw new IllegalArgumentException(
                    "this server observes " + provider() + "; load " + p + " days on the " + p + " server");
        }
        DayWindow w = DayWindow.of(p, java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(day), venue.zone());
        Properties props = new Properties();
        props.setProperty("day", w.token());
        props.setProperty("provider", p);
        props.setProperty("started_by", startedBy == null ? "?" : startedBy);
        Tuning t = tuning == null ? Tuning.DEFAULT : tuning;
        if (t.chunk() != null) {
            props.setProperty("chunk", Integer.toString(t.chunk()));
        }
        if (t.partitions() != null) {
            props.setProperty("partitions", Integer.toString(t.partitions()));
        }
        Optional<JobExecution> last = ledger.find(p, day).flatMap(this::latestExecution);
        if (last.isPresent()) {
            BatchStatus s = last.get().getBatchStatus();
            if (s == BatchStatus.STARTING || s == BatchStatus.STARTED || s == BatchStatus.STOPPING) {
                throw new AlreadyRunning(last.get().getExecutionId());
            }
            if (s == BatchStatus.FAILED || s == BatchStatus.STOPPED) {
                // a restarted scalp step resumes each partition at its checkpoint: the partitions stay as they were
                Properties was = last.get().getJobParameters();
                props.remove("partitions");
                if (was != null && was.getProperty("partitions") != null) {
                    props.setProperty("partitions", was.getProperty("partitions"));
                }
                return new Started(operator().restart(last.get().getExecutionId(), props), true, w.token(), p);
            }
        }
        return new Started(operator().start(JOB, props), false, w.token(), p);
    }

    private Optional<JobExecution> latestExecution(EtlLoad l) {
        if (l.jobExecutionId() == null) {
            return Optional.empty();
        }
        try {
            JobInstance i = operator().getJobInstance(l.jobExecutionId());
            return operator().getJobExecutions(i).stream().max(Comparator.comparingLong(JobExecution::getExecutionId));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty(); // the job repository was reset: a new instance
        }
    }

    /** Stops a running load (it can be restarted and resumes at its last checkpoint). */
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /**
     * Every archive day of this provider with its load (none, running, completed, failed), newest first, at most
     * {@code max}.
     */
    public List<Map<String, Object>> days(int max) throws IOException {
        Map<LocalDate, EtlLoad> loads = new LinkedHashMap<>();
        for (EtlLoad l : ledger.recent(1000)) {
            if (l.provider().equals(provider())) {
                loads.put(l.tradeDate(), l);
            }
        }
        java.util.TreeSet<LocalDate> days = ArchiveDays.of(archive.layout().root(), provider());
        days.addAll(loads.keySet());
        List<Map<String, Object>> out = new ArrayList<>();
        for (LocalDate d : days.descendingSet()) {
            if (out.size() >= max) {
                break;
            }
            out.add(view(d, loads.get(d)));
        }
        return out;
    }

    /** One day's load, or its absence. */
    public Map<String, Object> day(LocalDate d) {
        return view(d, ledger.find(provider(), d).orElse(null));
    }

    /** One execution of etl-day, or empty when unknown. */
    public Optional<Map<String, Object>> execution(long id) {
        try {
            JobExecution e = operator().getJobExecution(id);
            if (!JOB.equals(e.getJobName())) {
                return Optional.empty();
            }
            return Optional.of(executionView(e));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    private Map<String, Object> view(LocalDate d, EtlLoad l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(d));
        out.put("provider", provider());
        if (l == null) {
            out.put("status", "not_loaded");
            return out;
        }
        out.put("status", l.status());
        out.put("job_instance_id", l.jobInstanceId());
        out.put("execution_id", l.jobExecutionId());
        out.put(
                "started",
                l.startedAt() == null ? null : l.startedAt().toInstant().toString());
        out.put("ended", l.endedAt() == null ? null : l.endedAt().toInstant().toString());
        out.put("lines_read", l.linesRead());
        out.put("lines_skipped", l.linesSkipped());
        out.put("failed_lines_file", l.failedLinesFile());
        out.put("error", l.error());
        out.put("rows", rows(l.rowsLoaded()));
        if (EtlLoad.RUNNING.equals(l.status()) && l.jobExecutionId() != null) {
            execution(l.jobExecutionId()).ifPresent(e -> out.put("execution", e));
        }
        return out;
    }

    private Map<String, Object> executionView(JobExecution e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("execution_id", e.getExecutionId());
        out.put("batch_status", String.valueOf(e.getBatchStatus()));
        out.put("exit_status", e.getExitStatus());
        Properties p = e.getJobParameters();
        out.put("day", p == null ? null : p.getProperty("day"));
        out.put("provider", p == null ? null : p.getProperty("provider"));
        out.put(
                "started",
                e.getStartTime() == null ? null : e.getStartTime().toInstant().toString());
        out.put(
                "ended",
                e.getEndTime() == null ? null : e.getEndTime().toInstant().toString());
        String step = null;
        List<Map<String, Object>> steps = new ArrayList<>();
        Map<String, LineCounts.Count> committed = committedLines(e.getExecutionId());
        for (StepExecution s : operator().getStepExecutions(e.getExecutionId())) {
            step = s.getStepName();
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("step", s.getStepName());
            st.put("batch_status", String.valueOf(s.getBatchStatus()));
            // this execution's, as the batch runtime counts them (a partitioned step's once its partitions end)
            st.put("read", metric(s, jakarta.batch.runtime.Metric.MetricType.READ_COUNT));
            st.put("skipped", metric(s, jakarta.batch.runtime.Metric.MetricType.PROCESS_SKIP_COUNT));
            st.put("commits", metric(s, jakarta.batch.runtime.Metric.MetricType.COMMIT_COUNT));
            // the job instance's committed chunks so far, every execution and partition
            LineCounts.Count c = committed.get(s.getStepName());
            if (c != null) {
                st.put("lines_committed", c.read());
                st.put("lines_skipped_committed", c.skipped());
            }
            steps.add(st);
        }
        out.put("step", step);
        out.put("step_executions", steps);
        out.put("step_no", step == null ? 0 : STEPS.indexOf(step) + 1);
        out.put("steps", STEPS.size());
        out.put("progress", progress(e.getExecutionId(), e.getBatchStatus(), step));
        return out;
    }

    /** {@link LineCounts} of the execution's job instance; empty when the database cannot say. */
    private Map<String, LineCounts.Count> committedLines(long executionId) {
        try (java.sql.Connection c = env.database().getConnection()) {
            return LineCounts.byStep(c, operator().getJobInstance(executionId).getInstanceId());
        } catch (java.sql.SQLException | RuntimeException ex) {
            return Map.of();
        }
    }

    /**
     * 0..1: the bytes read of the four chunk steps' files (reported by the readers after every chunk), the two short
     * steps after them counted as the last 2 %; null when this server did not run the execution.
     */
    private Double progress(long executionId, BatchStatus status, String step) {
        if (status == BatchStatus.COMPLETED) {
            return 1.0;
        }
        Map<String, ServerEtlEnvironment.SourceProgress> p = env.progress(executionId);
        if (p.isEmpty()) {
            return null;
        }
        long done = 0;
        long total = 0;
        for (var s : p.values()) {
            done += s.done();
            total += s.total();
        }
        double read = total == 0 ? 1.0 : (double) done / total;
        boolean tail = "universe".equals(step) || "derive".equals(step);
        return Math.min(1.0, (tail ? 0.98 + ("derive".equals(step) ? 0.01 : 0) : 0.98 * read));
    }

    private static long metric(StepExecution s, jakarta.batch.runtime.Metric.MetricType type) {
        if (s.getMetrics() != null) {
            for (jakarta.batch.runtime.Metric m : s.getMetrics()) {
                if (m.getType() == type) {
                    return m.getValue();
                }
            }
        }
        return 0;
    }

    private static Object rows(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, Map.class);
        } catch (IOException e) {
            return Map.of("unreadable", json);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
