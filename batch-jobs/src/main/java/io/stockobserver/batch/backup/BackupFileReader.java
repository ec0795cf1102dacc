package io.stockobserver.batch.backup;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Step "summarize", reader: the day's archive files in path order, skipping those an earlier (killed) run already
 * summarized and that have not changed since. Checkpoint: the position in the list.
 */
@Named("backupFileReader")
@Dependent
public class BackupFileReader extends AbstractItemReader {
    @Inject
    ArchiveAccess access;

    @Inject
    @BatchProperty(name = "day")
    String day;

    private List<String> files;
    private Map<String, PartialManifest.Stored> done;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        LocalDate d = BackupDays.parse(day);
        access.flush(); // files end with complete, forced lines before anything is read
        Path root = access.root();
        PartialManifest.truncate(PartialManifest.path(root, DayFiles.token(d)), -1);
        files = DayFiles.list(root, d);
        done = PartialManifest.read(PartialManifest.path(root, DayFiles.token(d)));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() throws Exception {
        while (next < files.size()) {
            String rel = files.get(next++);
            PartialManifest.Stored s = done.get(rel);
            Path p = access.root().resolve(rel);
            if (s != null
                    && Files.exists(p)
                    && s.sourceSize() == Files.size(p)
                    && s.sourceMtimeMillis() == Files.getLastModifiedTime(p).toMillis()) {
                continue; // summarized by an earlier run and unchanged
            }
            return rel;
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
