package io.stockobserver.batch.etl;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;

/** Step "derive": the day's 1-minute bars, 10-minute bars and EOD rows ({@link DayDerivation}). */
@Named("etlDeriveBatchlet")
@Dependent
public class EtlDeriveBatchlet extends AbstractBatchlet {
    @Inject
    EtlEnvironment env;

    @Inject
    JobContext job;

    @Override
    public String process() throws Exception {
        try (Connection c = env.database().getConnection()) {
            return new DayDerivation().derive(c, JobDay.of(job, env)).toString();
        }
    }
}
