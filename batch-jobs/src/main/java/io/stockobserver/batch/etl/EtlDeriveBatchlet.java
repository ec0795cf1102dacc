package io.stockobserver.batch.etl;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
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
    @BatchProperty(name = "day")
    String day;

    @Inject
    @BatchProperty(name = "provider")
    String provider;

    @Override
    public String process() throws Exception {
        try (Connection c = env.database().getConnection()) {
            return new DayDerivation()
                    .derive(c, DayWindow.of(provider, day, env.partitionZone()))
                    .toString();
        }
    }
}
