package io.stockobserver.console.backup.view;

import io.stockobserver.console.backup.BackupPuller;
import io.stockobserver.console.backup.BackupSource;
import io.stockobserver.console.backup.DailyPullScheduler;
import io.stockobserver.console.backup.PullProgress;
import io.stockobserver.console.backup.PullResult;
import io.stockobserver.console.backup.PullRun;
import io.stockobserver.console.backup.PullRunListener;
import io.stockobserver.console.backup.PullState;
import io.stockobserver.console.backup.RunProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The 21:00 backup pull on the console: when it runs next, a "Pull now" button, a progress bar per server and one
 * overall (bytes, files, speed, time left), and the last result per day and server, kept across restarts by the
 * puller's state store. All pulling happens on the scheduler's thread; this view only shows it (FX thread).
 */
public final class BackupView extends VBox implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BackupView.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One row of the results table: a day on a server. */
    public record ResultRow(LocalDate day, String server, PullResult result) {}

    private final BackupPuller puller;
    private final LocalTime at;
    private final Clock clock;
    private final Executor fx;
    private final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    private final Map<String, ProgressBar> bars = new LinkedHashMap<>();
    private final Map<String, Label> texts = new LinkedHashMap<>();
    private final VBox perServer = new VBox(4);
    private final ProgressBar overall = new ProgressBar(0);
    private final Label overallText = new Label("no pull yet");
    private final Label next = new Label();
    private final Button pullNow = new Button("Pull now");
    private DailyPullScheduler scheduler;

    public BackupView(BackupPuller puller, LocalTime at, Clock clock, Executor fx) {
        this.puller = puller;
        this.at = at;
        this.clock = clock;
        this.fx = fx;
        setId("backupView");
        setSpacing(8);
        setPadding(new Insets(10));
        overall.setId("overallProgress");
        overall.setMaxWidth(Double.MAX_VALUE);
        overallText.setId("overallText");
        next.setId("nextPull");
        pullNow.setId("pullNow");
        pullNow.setOnAction(e -> pullNow());
        Label where = new Label("backups to " + puller.folders().root() + " · daily at " + at);
        where.setId("backupRoot");
        HBox top = new HBox(12, pullNow, where, next);
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<ResultRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, new Label("all servers"), overall, overallText, perServer, table);
        refreshResults();
    }

    /** (Re)starts the schedule over the servers now connected; called when servers come or go. */
    public synchronized void servers(List<BackupSource> sources) {
        if (scheduler != null) {
            scheduler.close();
        }
        scheduler = new DailyPullScheduler(sources, puller, listener(), at, clock);
        scheduler.start();
        List<String> names = sources.stream().map(BackupSource::server).toList();
        bars.keySet().retainAll(names);
        texts.keySet().retainAll(names);
        perServer.getChildren().clear();
        for (String name : names) {
            ProgressBar bar = bars.computeIfAbsent(name, n -> {
                ProgressBar b = new ProgressBar(0);
                b.setId("progress-" + n);
                b.setPrefWidth(260);
                return b;
            });
            Label text = texts.computeIfAbsent(name, n -> {
                Label l = new Label("waiting");
                l.setId("progressText-" + n);
                return l;
            });
            HBox row = new HBox(8, new Label(name), bar, text);
            row.setAlignment(Pos.CENTER_LEFT);
            perServer.getChildren().add(row);
        }
        next.setText(scheduler.nextRun().map(t -> "next: " + WHEN.format(t)).orElse(""));
    }

    /** Starts a pull of every server now (the button). */
    public synchronized void pullNow() {
        if (scheduler == null) {
            overallText.setText("no server connected");
            return;
        }
        pullNow.setDisable(true);
        scheduler.pullNow();
    }

    private PullRunListener listener() {
        return new PullRunListener() {
            @Override
            public void progress(RunProgress p) {
                fx.execute(() -> show(p));
            }

            @Override
            public void dayFinished(PullResult r) {
                fx.execute(() -> {
                    Label text = texts.get(r.server());
                    if (text != null) {
                        text.setText(r.day() + ": " + r.state().name().toLowerCase(java.util.Locale.ROOT)
                                + (r.error() == null || r.error().isEmpty() ? "" : " — " + r.error()));
                    }
                    refreshResults();
                });
            }

            @Override
            public void runFinished(PullRun run) {
                fx.execute(() -> {
                    pullNow.setDisable(false);
                    long failed = run.results().stream()
                            .filter(r -> r.state() != PullState.ACKNOWLEDGED)
                            .count();
                    overallText.setText((run.results().isEmpty()
                                    ? "nothing to pull"
                                    : run.results().size() + " day(s) pulled, " + failed + " not acknowledged")
                            + (run.listingErrors().isEmpty() ? "" : "; not reached: " + run.listingErrors()));
                    if (failed == 0 && run.listingErrors().isEmpty()) {
                        overall.setProgress(1);
                    }
                    synchronized (BackupView.this) {
                        if (scheduler != null) {
                            next.setText(scheduler
                                    .nextRun()
                                    .map(t -> "next: " + WHEN.format(t))
                                    .orElse(""));
                        }
                    }
                    refreshResults();
                });
            }
        };
    }

    private void show(RunProgress p) {
        overall.setProgress(p.fraction());
        PullProgress c = p.current();
        overallText.setText(String.format(
                "%d of %d days · %s of %s%s",
                p.daysDone(),
                p.daysTotal(),
                bytes(p.bytesDone()),
                bytes(p.bytesTotal()),
                c == null ? "" : " · " + speed(c)));
        if (c != null) {
            ProgressBar bar = bars.get(c.server());
            Label text = texts.get(c.server());
            if (bar != null) {
                bar.setProgress(c.fraction());
            }
            if (text != null) {
                text.setText(String.format(
                        "%s %s · %d/%d files · %s of %s · %s%s",
                        c.day(),
                        c.phase().name().toLowerCase(java.util.Locale.ROOT),
                        c.filesDone(),
                        c.filesTotal(),
                        bytes(c.bytesDone()),
                        bytes(c.bytesTotal()),
                        speed(c),
                        c.currentFile() == null ? "" : " · " + c.currentFile()));
            }
        }
    }

    private static String speed(PullProgress c) {
        String eta = c.eta().map(BackupView::duration).orElse("?");
        return bytes((long) c.bytesPerSecond()) + "/s, " + eta + " left";
    }

    static String bytes(long b) {
        if (b < 1024) {
            return b + " B";
        }
        if (b < 1024 * 1024) {
            return String.format("%.1f KB", b / 1024.0);
        }
        if (b < 1024L * 1024 * 1024) {
            return String.format("%.1f MB", b / (1024.0 * 1024));
        }
        return String.format("%.2f GB", b / (1024.0 * 1024 * 1024));
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " s" : String.format("%d:%02d", s / 60, s % 60);
    }

    private void refreshResults() {
        List<ResultRow> rows = new ArrayList<>();
        puller.store()
                .results()
                .forEach((day, byServer) -> byServer.forEach((server, r) -> rows.add(new ResultRow(day, server, r))));
        results.setAll(rows);
    }

    private TableView<ResultRow> table() {
        TableView<ResultRow> t = new TableView<>(results);
        t.setId("pullResults");
        t.setPlaceholder(new Label("no day pulled yet"));
        t.getColumns().add(col("day", r -> r.day().toString(), 90));
        t.getColumns().add(col("server", ResultRow::server, 100));
        t.getColumns().add(col("state", r -> r.result().state().name().toLowerCase(java.util.Locale.ROOT), 100));
        t.getColumns()
                .add(col(
                        "files",
                        r -> r.result().filesVerified() + " / " + r.result().fileCount(),
                        70));
        t.getColumns().add(col("size", r -> bytes(r.result().totalBytes()), 80));
        t.getColumns().add(col("gaps", r -> Integer.toString(r.result().gapCount()), 50));
        t.getColumns().add(col("anomalous", r -> r.result().anomalous() ? "yes" : "", 70));
        t.getColumns()
                .add(col(
                        "finished",
                        r -> r.result().finishedAt() == null
                                ? ""
                                : WHEN.format(r.result().finishedAt().atZone(ZoneId.systemDefault())),
                        120));
        t.getColumns()
                .add(col(
                        "error",
                        r -> r.result().error() == null ? "" : r.result().error(),
                        300));
        return t;
    }

    private static TableColumn<ResultRow, String> col(
            String title, java.util.function.Function<ResultRow, String> f, double w) {
        TableColumn<ResultRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new SimpleObjectProperty<>(f.apply(x.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    public ObservableList<ResultRow> results() {
        return results;
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.close();
            scheduler = null;
        }
        LOG.log(Level.FINE, "backup schedule closed");
    }
}
