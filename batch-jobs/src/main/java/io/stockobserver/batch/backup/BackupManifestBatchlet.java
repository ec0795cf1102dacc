package io.stockobserver.batch.backup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Step "assemble": writes {@code backup/{YYYYMMDD}/manifest.json} from the partial manifest and records a
 * {@code backup_packaged} event (or {@code backup_failed}, and the step fails).
 */
@Named("backupManifestBatchlet")
@Dependent
public class BackupManifestBatchlet extends AbstractBatchlet {
    @Inject
    ArchiveAccess access;

    @Inject
    @BatchProperty(name = "day")
    String day;

    @Override
    public String process() throws Exception {
        try {
            ObjectNode manifest = new BackupPackager(access).assemble(BackupDays.parse(day));
            access.event("backup_packaged", BackupPackager.packagedEvent(manifest));
            return "PACKAGED";
        } catch (Exception e) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("day", day);
            f.put("error", String.valueOf(e.getMessage()));
            access.event("backup_failed", f);
            throw e;
        }
    }
}
