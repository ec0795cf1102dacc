package io.stockobserver.console.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.console.backup.view.BackupView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The backup tab driving the production puller and scheduler against a loopback server speaking the backup API:
 * "Pull now" pulls two servers, the bars reach 100 %, the files land byte-identical and the days are acknowledged;
 * a file the server keeps corrupting is reported and its day is not acknowledged.
 */
@ExtendWith(ApplicationExtension.class)
class BackupViewTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path root;

    private FakeBackupServer east;
    private FakeBackupServer west;
    private BackupView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        east = FakeBackupServer.start();
        west = FakeBackupServer.start();
        stage.setScene(new Scene(new Label("starting"), 1366, 768));
        stage.show();
    }

    private void open(FxRobot robot) throws Exception {
        BackupPuller puller = new BackupPuller(
                PullSettings.defaults().withRoot(root), new PullStateStore(new BackupFolders(root).stateFile()));
        robot.interact(() -> {
            view = new BackupView(puller, LocalTime.of(21, 0), Clock.systemDefaultZone(), Platform::runLater);
            view.servers(List.of(east.source("east"), west.source("west")));
            stage.getScene().setRoot(view);
        });
    }

    @AfterEach
    void stop() {
        if (view != null) {
            view.close();
        }
        east.close();
        west.close();
    }

    /** The results table's rows, copied on the FX thread that changes them (reading them here raced with it). */
    private List<BackupView.ResultRow> results() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(view.results())).get(30, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    @Test
    void shouldPullEveryServerOnDemandToOneHundredPercentAndAcknowledge(FxRobot robot) throws Exception {
        Map<String, byte[]> eastFiles = TestPackages.fiveFiles(DAY, 1);
        Map<String, byte[]> westFiles = TestPackages.fiveFiles(DAY, 2);
        east.packageDay(DAY, eastFiles);
        west.packageDay(DAY, westFiles);
        open(robot);
        assertThat(robot.lookup("#nextPull").queryAs(Label.class).getText()).contains("21:00");

        robot.clickOn("#pullNow");
        waitFor(() -> results().size() == 2
                && results().stream().allMatch(r -> r.result().state() == PullState.ACKNOWLEDGED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#overallProgress").queryAs(ProgressBar.class).getProgress())
                .isEqualTo(1.0);
        assertThat(robot.lookup("#progress-east").queryAs(ProgressBar.class).getProgress())
                .isEqualTo(1.0);
        assertThat(robot.lookup("#progress-west").queryAs(ProgressBar.class).getProgress())
                .isEqualTo(1.0);
        assertThat(robot.lookup("#progressText-east").queryAs(Label.class).getText())
                .contains("acknowledged");
        for (var f : eastFiles.entrySet()) {
            assertThat(Files.readAllBytes(root.resolve("east/20261120").resolve(f.getKey())))
                    .isEqualTo(f.getValue());
        }
        for (var f : westFiles.entrySet()) {
            assertThat(Files.readAllBytes(root.resolve("west/20261120").resolve(f.getKey())))
                    .isEqualTo(f.getValue());
        }
        assertThat(east.acks()).hasSize(1);
        assertThat(east.acks().get(0).verifiedFiles()).isEqualTo(5);
        assertThat(west.acks()).hasSize(1);
        assertThat(robot.lookup("#pullNow").queryButton().isDisabled()).isFalse();
    }

    @Test
    void shouldReportACorruptedFileAndNotAcknowledgeItsDay(FxRobot robot) throws Exception {
        Map<String, byte[]> files = TestPackages.fiveFiles(DAY, 3);
        east.packageDay(DAY, files);
        east.corrupt(TestPackages.paths(files).get(2), Integer.MAX_VALUE);
        open(robot);

        robot.clickOn("#pullNow");
        waitFor(() -> results().stream()
                .anyMatch(r -> r.server().equals("east") && r.result().state() == PullState.FAILED));
        assertThat(east.acks()).isEmpty();
        waitFor(() ->
                robot.lookup("#overallText").queryAs(Label.class).getText().contains("not acknowledged"));
        assertThat(robot.lookup("#progressText-east").queryAs(Label.class).getText())
                .contains("failed");
    }
}
