package io.stockobserver.batch.etl;

import jakarta.batch.runtime.context.JobContext;

/**
 * The provider's day an {@code etl-day} execution loads, from the job-level properties {@code day} and
 * {@code provider} (the job parameters of META-INF/batch-jobs/etl-day.xml), so every artifact reads them one way.
 */
final class JobDay {
    private JobDay() {}

    static DayWindow of(JobContext job, EtlEnvironment env) {
        return DayWindow.of(
                job.getProperties().getProperty("provider"),
                job.getProperties().getProperty("day"),
                env.partitionZone());
    }
}
