package io.stockobserver.batch.etl;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/**
 * Splits a chunk step's files (the scalp step's: a day has one per 5-minute segment, about 80) over {@code partitions}
 * partitions ({@link FileShares}), so each partition reads a share of the day in time order and the shares stay
 * even. Each partition is a thread with its own chunk transactions and database session: one
 * partition parses while another's COPY runs in PostgreSQL (docs/performance.md). The files are listed once, here;
 * a restart keeps the plan and each partition resumes at its own checkpoint.
 */
@Named("etlPartitionMapper")
@Dependent
public class EtlPartitionMapper implements PartitionMapper {
    /** Most partitions a load may ask for: each holds a database connection of the pool (16). */
    public static final int MAX_PARTITIONS = 8;

    @Inject
    EtlEnvironment env;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    @Override
    public PartitionPlan mapPartitions() throws Exception {
        DayWindow w = JobDay.of(job, env);
        int n = count(partitions);
        List<List<String>> shares =
                FileShares.of(EtlSource.of(step.getStepName()).files(env.root(), w.provider(), w.day()), n);
        Properties[] props = new Properties[n];
        for (int i = 0; i < n; i++) {
            props[i] = new Properties();
            props[i].setProperty("partition", Integer.toString(i));
            props[i].setProperty("files", String.join("\n", shares.get(i)));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        plan.setPartitionsOverride(false);
        plan.setPartitionProperties(props);
        return plan;
    }

    /** The partition count of a job parameter: 1..{@value #MAX_PARTITIONS}. */
    static int count(String value) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("partitions must be a number 1.." + MAX_PARTITIONS + ": " + value);
        }
        if (n < 1 || n > MAX_PARTITIONS) {
            throw new IllegalArgumentException("partitions must be 1.." + MAX_PARTITIONS + ": " + n);
        }
        return n;
    }
}
