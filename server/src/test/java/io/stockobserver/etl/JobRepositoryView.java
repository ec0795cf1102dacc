package io.stockobserver.etl;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import java.util.List;

/**
 * Reads Liberty's job repository for {@link EtlInContainerIT}: the batch runtime answers only an authenticated caller
 * in a batch role, and the test's own thread is anonymous, so the reads run under the timers' run-as role.
 */
@Stateless
@RunAs(EtlTimer.RUN_AS_ROLE)
@DeclareRoles(EtlTimer.RUN_AS_ROLE)
public class JobRepositoryView {
    public List<StepExecution> steps(long executionId) {
        return BatchRuntime.getJobOperator().getStepExecutions(executionId);
    }

    public JobExecution execution(long executionId) {
        return BatchRuntime.getJobOperator().getJobExecution(executionId);
    }
}
