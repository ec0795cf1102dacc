package io.stockobserver.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.console.app.ServerSession;
import io.stockobserver.console.connect.LinkState;
import io.stockobserver.console.connect.ServerProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard of one server, against a loopback server speaking the observer's API: the production client, watch
 * (polling every 250 ms here), live feed, model and view. Headless under Monocle (see the pom).
 */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
    private static final Duration TICK = Duration.ofMillis(250);

    private ObserverApiServer server;
    private ServerSession session;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        server = new ObserverApiServer().start(0);
        server.slot("005930", "manual_override", 1.0, true, 120);
        server.slot("000660", "volume_surge", 0.62, false, 45_000); // silent for 45 s: stale
        stage.setScene(new Scene(new Label("connecting"), 1366, 768));
        stage.show();
    }

    private void open(FxRobot robot, String user, String password) throws Exception {
        ServerProfile p = new ServerProfile("test", ServerProfile.url(server.url()), user, Optional.empty());
        session = new ServerSession(p, password.toCharArray(), TICK);
        robot.interact(() -> stage.getScene().setRoot(session.view()));
        session.start();
        waitFor(() -> session.model().linkProperty().get() == LinkState.UP
                && !session.model().roles().isEmpty());
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        server.close();
        server.shutdownThreads();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    /** The slot grid's rows, copied on the FX thread that changes them (streaming them here races with it). */
    private static java.util.List<SlotRow> rows(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> java.util.List.copyOf(grid(robot).getItems()))
                .get(10, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static TableView<SlotRow> grid(FxRobot robot) {
        return robot.lookup("#slotTable").queryAs(TableView.class);
    }

    @Test
    void shouldNameEveryTriggerTheServerSendsShortlyAndPassUnknownOnesThrough() {
        assertThat(DashboardView.trigger("activity_rank")).isEqualTo("active");
        assertThat(DashboardView.trigger("manual_override")).isEqualTo("pinned");
        assertThat(DashboardView.trigger("price_spike")).isEqualTo("price_spike");
        assertThat(DashboardView.trigger(null)).isEmpty();
    }

    @Test
    void shouldShowTheSlotsAndFollowASlotChangeAnnouncedOnTheLiveFeed(FxRobot robot) throws Exception {
        open(robot, "operator", "operator-pass-123");
        waitFor(() -> rows(robot).size() == 2);
        SlotRow samsung = rows(robot).get(0);
        assertThat(samsung.symbol()).isEqualTo("005930");
        waitFor(() -> samsung.nameProperty().get().equals("삼성전자")); // names from the universe
        assertThat(samsung.hzProperty().get()).isEqualTo(2.0);
        assertThat(samsung.staleProperty().get()).isFalse();
        assertThat(rows(robot).get(1).staleProperty().get()).isTrue();
        waitFor(() -> robot.lookup(".table-row-cell:stale").tryQuery().isPresent());

        server.slot("035420", "volume_surge", 0.97, false, 10);
        server.push(
                "slot_allocated",
                ObserverApiServer.JSON.readTree(
                        "{\"event_type\":\"slot_allocated\",\"symbol\":\"035420\",\"trigger\":\"volume_surge\",\"score\":0.97,"
                                + "\"reason\":\"triggered\",\"event_time\":\"" + Instant.now() + "\"}"));
        waitFor(() -> rows(robot).stream()
                .anyMatch(r -> r.symbol().equals("035420")
                        && r.triggerProperty().get().equals("volume_surge")
                        && r.nameProperty().get().equals("NAVER")));
        waitFor(() -> session.model().recentEvents().stream().anyMatch(e -> e.contains("slot_allocated")));
    }

    @Test
    void shouldDrawAGapOnTheTimelineWhenTheServerAnnouncesIt(FxRobot robot) throws Exception {
        open(robot, "operator", "operator-pass-123");
        robot.clickOn("Gaps");
        Instant start = Instant.parse("2026-11-20T01:30:00Z"); // 10:30 KST
        server.gap("scalp", "ws_disconnect", start, start.plusSeconds(9));
        String id = "#gap-scalp-ws_disconnect-" + start.getEpochSecond();
        waitFor(() -> robot.lookup(id).tryQuery().isPresent());
        Rectangle bar = robot.lookup(id).queryAs(Rectangle.class);
        assertThat(bar.getWidth()).isGreaterThanOrEqualTo(2);
        TableView<?> table = robot.lookup("#gapTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
    }

    @Test
    void shouldShowTheServersOwnErrorForASymbolItRefuses(FxRobot robot) throws Exception {
        open(robot, "operator", "operator-pass-123");
        Label status = robot.lookup("#actionStatus").queryAs(Label.class);

        robot.clickOn("#pinSymbol").write("12");
        robot.clickOn("#pinButton");
        waitFor(() -> status.getText().contains("is not a symbol"));
        assertThat(server.pinRequests).isEmpty(); // refused before it left the console

        robot.doubleClickOn("#pinSymbol").eraseText(2).write("zzzzzz");
        robot.clickOn("#pinButton");
        waitFor(() -> status.getText().contains("ZZZZZZ is not in today's universe"));
        assertThat(status.getText()).startsWith("refused: ");

        robot.doubleClickOn("#pinSymbol").eraseText(6).write("035420");
        robot.clickOn("#pinButton");
        waitFor(() -> status.getText().equals("035420 pinned"));
        waitFor(() -> rows(robot).stream()
                .anyMatch(r -> r.symbol().equals("035420") && r.pinnedProperty().get()));
    }

    @Test
    void shouldTakeTheVenueAndItsSymbolFormatFromAnUpbitServer(FxRobot robot) throws Exception {
        server.venue("upbit", "krw_crypto", "[A-Z]{3,5}-[A-Z0-9]{1,15}", "an Upbit pair such as KRW-BTC", "KRW-BTC");
        open(robot, "operator", "operator-pass-123");
        Label venue = robot.lookup("#venue").queryAs(Label.class);
        waitFor(() -> venue.getText().equals("upbit · krw_crypto · sandbox"));
        Label status = robot.lookup("#actionStatus").queryAs(Label.class);

        robot.clickOn("#pinSymbol").write("005930");
        robot.clickOn("#pinButton");
        waitFor(() -> status.getText()
                .equals("'005930' is not a symbol of this server: expected an Upbit pair such as KRW-BTC"));
        assertThat(server.pinRequests).isEmpty();

        robot.doubleClickOn("#pinSymbol").eraseText(6).write("krw-btc");
        robot.clickOn("#pinButton");
        waitFor(() -> status.getText().equals("KRW-BTC pinned"));
    }

    @Test
    void shouldStartThePackageOfADayAndFollowTheJobToItsEnd(FxRobot robot) throws Exception {
        open(robot, "operator", "operator-pass-123");
        Label status = robot.lookup("#actionStatus").queryAs(Label.class);
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> status.textProperty().addListener((o, a, b) -> seen.add(b)));
        robot.clickOn("#packageButton");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        waitFor(() -> status.getText().equals("package of " + today + " done (job 7)"));
        assertThat(seen)
                .anyMatch(t -> t.equals("packaging " + today + ": started, step summarize, 16 files summarized"));
    }

    @Test
    void shouldLoadASelectedDayIntoTheDatabaseAndShowTheJobsProgressAndCounts(FxRobot robot) throws Exception {
        open(robot, "operator", "operator-pass-123");
        robot.clickOn("Database");
        @SuppressWarnings("unchecked")
        TableView<LoadRow> table = robot.lookup("#loadTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).status()).isEqualTo("not_loaded");
        java.util.List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> table.getItems().addListener((javafx.collections.ListChangeListener<LoadRow>)
                c -> table.getItems().forEach(r -> progress.add(r.progress()))));
        Label status = robot.lookup("#actionStatus").queryAs(Label.class);
        robot.clickOn("#loadDayButton");
        waitFor(() -> status.getText().equals("select a day first"));

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#loadDayButton");
        waitFor(() -> status.getText().equals("load of 20261120 started (job 11)"));
        waitFor(() -> table.getItems().get(0).status().equals("completed"));

        assertThat(server.loadRequests).containsExactly("20261120");
        LoadRow done = table.getItems().get(0);
        assertThat(done.scalpTicks()).isEqualTo(98_400);
        assertThat(done.minuteBars()).isEqualTo(820);
        assertThat(done.skipped()).isEqualTo(2);
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(progress).anyMatch(p -> p > 0 && p < 1); // the bar moved while the job ran
    }

    @Test
    void shouldGreyOutOperatorActionsForTheBackupLogin(FxRobot robot) throws Exception {
        open(robot, "backup", "backup-pass-1234");
        waitFor(() -> session.model().roles().contains("backup"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pinButton").queryAs(Button.class).isDisabled())
                .isTrue();
        assertThat(robot.lookup("#packageButton").queryAs(Button.class).isDisabled())
                .isTrue();
        assertThat(robot.lookup("#unpinButton").queryAs(Button.class).isDisabled())
                .isTrue();
        assertThat(robot.lookup("#loadDayButton").queryAs(Button.class).isDisabled())
                .isTrue();
        assertThat(robot.lookup("#user").queryAs(Label.class).getText()).isEqualTo("backup");
    }

    @Test
    void shouldSayTheLoginIsRefusedAndNeverLogThePassword(FxRobot robot) throws Exception {
        java.util.List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level before = root.getLevel();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                StringBuilder b = new StringBuilder(String.valueOf(r.getMessage()));
                for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                    b.append(' ').append(t);
                }
                logged.add(b.toString());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        capture.setLevel(java.util.logging.Level.ALL);
        root.setLevel(java.util.logging.Level.ALL);
        root.addHandler(capture);
        String wrong = "wrong-secret-pw-9876";
        try {
            ServerProfile p = new ServerProfile("test", ServerProfile.url(server.url()), "operator", Optional.empty());
            session = new ServerSession(p, wrong.toCharArray(), TICK);
            robot.interact(() -> stage.getScene().setRoot(session.view()));
            session.start();
            Label link = robot.lookup("#link").queryAs(Label.class);
            waitFor(() -> link.getText().contains("login refused"));
            assertThat(session.model().linkProperty().get()).isEqualTo(LinkState.REFUSED);
            assertThat(session.api().toString()).doesNotContain(wrong);
            session.close();

            open(robot, "operator", "operator-pass-123");
            robot.clickOn("#pinSymbol").write("ZZZZZZ");
            robot.clickOn("#pinButton");
            Label status = robot.lookup("#actionStatus").queryAs(Label.class);
            waitFor(() -> status.getText().startsWith("refused: "));
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        String basicWrong = java.util.Base64.getEncoder().encodeToString(("operator:" + wrong).getBytes());
        String basicRight = java.util.Base64.getEncoder().encodeToString("operator:operator-pass-123".getBytes());
        assertThat(logged).isNotEmpty();
        assertThat(String.join("\n", logged)).doesNotContain(wrong, "operator-pass-123", basicWrong, basicRight);
    }

    @Test
    void shouldShowALostServerWithinSecondsAndReconnectByItself(FxRobot robot) throws Exception {
        open(robot, "operator", "operator-pass-123");
        Label link = robot.lookup("#link").queryAs(Label.class);
        waitFor(() -> link.getText().contains("connected"));
        int port = server.port();
        server.close();
        waitFor(() -> link.getText().contains("lost"));
        assertThat(session.model().linkProperty().get()).isEqualTo(LinkState.LOST);

        server = new ObserverApiServer().start(port);
        server.slot("005930", "manual_override", 1.0, true, 120);
        waitFor(() -> link.getText().contains("connected"));
        waitFor(() -> session.model().liveFeedProperty().get());
    }
}
