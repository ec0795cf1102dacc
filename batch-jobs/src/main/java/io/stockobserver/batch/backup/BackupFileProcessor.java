package io.stockobserver.batch.backup;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step "summarize", processor: an archive path becomes its partial-manifest line (size, SHA-256, records, times). */
@Named("backupFileProcessor")
@Dependent
public class BackupFileProcessor implements ItemProcessor {
    @Inject
    ArchiveAccess access;

    @Inject
    @BatchProperty(name = "day")
    String day;

    @Override
    public Object processItem(Object item) throws Exception {
        return new BackupPackager(access).summarize(BackupDays.parse(day), (String) item);
    }
}
