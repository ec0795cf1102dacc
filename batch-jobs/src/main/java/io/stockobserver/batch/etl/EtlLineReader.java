package io.stockobserver.batch.etl;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The reader of every chunk step of {@code etl-day}: the complete lines of the step's source files for the day.
 * Checkpoint: a {@link LinePosition} (file, byte offset, line number), so a restarted job resumes mid-file at the
 * first line of the chunk that was not committed.
 */
@Named("etlLineReader")
@Dependent
public class EtlLineReader extends AbstractItemReader {
    @Inject
    EtlEnvironment env;

    @Inject
    jakarta.batch.runtime.context.JobContext job;

    /** The step is named after its source: swing, scalp, events, overflow. */
    @Inject
    jakarta.batch.runtime.context.StepContext step;

    /**
     * A partition's share of the step's files, one per line ({@link EtlPartitionMapper}); unset in a step that is
     * not partitioned, which reads all of its source's files.
     */
    @Inject
    @BatchProperty(name = "files")
    String partitionFiles;

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    private ArchiveLineCursor cursor;
    private long[] sizes;
    private long total;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        DayWindow w = JobDay.of(job, env);
        LinePosition from;
        if (partitionFiles != null) {
            // a partition resumes where its own committed chunks say (LineCounts), not at the checkpoint the
            // runtime hands a restarted partition: after a kill -9 that one was seen to read lines twice
            try (java.sql.Connection c = env.database().getConnection()) {
                from = LineCounts.readTo(c, job.getInstanceId(), step.getStepName(), LineCounts.partition(partition))
                        .orElseGet(() -> LinePosition.start(
                                partitionFiles.lines().filter(f -> !f.isBlank()).toList()));
            }
        } else {
            from = checkpoint instanceof LinePosition p
                    ? p
                    : LinePosition.start(EtlSource.of(step.getStepName()).files(env.root(), w.provider(), w.day()));
        }
        cursor = new ArchiveLineCursor(env.root(), from);
        step.setTransientUserData(cursor); // the writer records where this partition has read to
        sizes = new long[from.files().size()];
        for (int i = 0; i < sizes.length; i++) {
            java.nio.file.Path p = env.root().resolve(from.files().get(i));
            sizes[i] = java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.size(p) : 0;
            total += sizes[i];
        }
        report(from);
    }

    @Override
    public Object readItem() throws Exception {
        ArchiveLine l = cursor.next();
        if (l == null) {
            env.progress(job.getExecutionId(), step.getStepName(), partitionNo(), total, total);
        }
        return l;
    }

    @Override
    public Serializable checkpointInfo() {
        LinePosition p = cursor.position();
        report(p);
        return p;
    }

    private void report(LinePosition p) {
        long done = p.offset();
        for (int i = 0; i < p.file() && i < sizes.length; i++) {
            done += sizes[i];
        }
        env.progress(job.getExecutionId(), step.getStepName(), partitionNo(), Math.min(done, total), total);
    }

    private int partitionNo() {
        return partition == null || partition.isBlank() ? 0 : Integer.parseInt(partition);
    }

    @Override
    public void close() throws Exception {
        if (cursor != null) {
            cursor.close();
        }
    }
}
