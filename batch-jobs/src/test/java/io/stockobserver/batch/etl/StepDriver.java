package io.stockobserver.batch.etl;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs etl-day's steps in the order of META-INF/batch-jobs/etl-day.xml with the same reader, parser, loader,
 * universe and derivation classes, without a batch runtime: chunks of {@code chunk} lines, each committed with its
 * position, malformed lines written to the failed-lines file. The job itself runs on Liberty (ObserverIT).
 */
final class StepDriver {
    /** The job instance the driver's counts and failed-lines file are kept under. */
    static final long INSTANCE = 1;

    final Path root;
    final DataSource db;
    final DayWindow day;
    final Path failed;
    long read;
    long skipped;

    StepDriver(Path root, DataSource db, DayWindow day) {
        this.root = root;
        this.db = db;
        this.day = day;
        this.failed = FailedLines.path(root, INSTANCE);
    }

    void runAll(int chunk) throws Exception {
        for (EtlSource s : EtlSource.values()) {
            runStep(s, LinePosition.start(s.files(root, day.provider(), day.day())), chunk, Integer.MAX_VALUE);
        }
        try (Connection c = db.getConnection()) {
            LocalTransaction.run(c, () -> new UniverseLoader().load(c, root, day));
            new DayDerivation().derive(c, day);
        }
    }

    /** Runs one step from a position for at most {@code chunks} chunks; returns the last committed position. */
    LinePosition runStep(EtlSource source, LinePosition from, int chunk, int chunks) throws Exception {
        LineParser parser = LineParser.of(source, day.provider(), day.day());
        CopyLoader loader = new CopyLoader();
        LinePosition committed = from;
        try (ArchiveLineCursor cursor = new ArchiveLineCursor(root, from)) {
            for (int n = 0; n < chunks; n++) {
                List<Row> rows = new ArrayList<>();
                int items = 0;
                int skippedHere = 0;
                ArchiveLine l;
                while (items < chunk && (l = cursor.next()) != null) {
                    items++;
                    read++;
                    try {
                        rows.addAll(parser.rows(l));
                    } catch (MalformedLineException e) {
                        skipped++;
                        skippedHere++;
                        FailedLines.append(failed, source.id(), l, e.reason());
                    }
                }
                if (items == 0) {
                    break;
                }
                long chunkLines = items;
                long chunkSkipped = skippedHere;
                try (Connection c = db.getConnection()) {
                    // as the job's writer and skip listener do: rows and line counts in the chunk's transaction
                    LocalTransaction.run(c, () -> {
                        loader.load(c, rows);
                        LineCounts.add(c, INSTANCE, source.id(), 0, chunkLines, chunkSkipped);
                        return null;
                    });
                }
                committed = cursor.position();
            }
        }
        return committed;
    }
}
