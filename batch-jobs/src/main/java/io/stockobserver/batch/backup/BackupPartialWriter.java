package io.stockobserver.batch.backup;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Step "summarize", writer: appends a chunk's lines to the partial manifest and forces them. Checkpoint: the file's
 * length after the chunk; a restarted step first cuts it back to that length, dropping lines of an uncommitted chunk.
 */
@Named("backupPartialWriter")
@Dependent
public class BackupPartialWriter extends AbstractItemWriter {
    @Inject
    ArchiveAccess access;

    @Inject
    @BatchProperty(name = "day")
    String day;

    private Path file;
    private long length;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        file = PartialManifest.path(access.root(), DayFiles.token(BackupDays.parse(day)));
        length = PartialManifest.truncate(file, checkpoint == null ? -1 : (Long) checkpoint);
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<String> lines = new ArrayList<>(items.size());
        for (Object o : items) {
            lines.add((String) o);
        }
        length = PartialManifest.append(file, lines);
    }

    @Override
    public Serializable checkpointInfo() {
        return length;
    }
}
