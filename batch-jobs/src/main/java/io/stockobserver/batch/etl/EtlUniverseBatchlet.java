package io.stockobserver.batch.etl;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;

/** Step "universe": replaces the day's universe rows; an unreadable universe file goes to the failed lines. */
@Named("etlUniverseBatchlet")
@Dependent
public class EtlUniverseBatchlet extends AbstractBatchlet {
    @Inject
    EtlEnvironment env;

    @Inject
    JobContext job;

    @Override
    public String process() throws Exception {
        DayWindow w = JobDay.of(job, env);
        UniverseLoader.Result r;
        try (Connection c = env.database().getConnection()) {
            r = LocalTransaction.run(c, () -> new UniverseLoader().load(c, env.root(), w));
        }
        for (UniverseLoader.Unreadable u : r.unreadable()) {
            FailedLines.append(
                    FailedLines.path(env.root(), job.getInstanceId()),
                    "universe",
                    new ArchiveLine(u.file(), 1, 0, new byte[0]),
                    u.reason());
        }
        return "members=" + r.members() + " unreadable=" + r.unreadable().size();
    }
}
