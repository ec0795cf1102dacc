package io.stockobserver.console.app;

import io.stockobserver.console.connect.ApiClient;
import io.stockobserver.console.connect.ServerProfile;
import io.stockobserver.console.connect.ServerWatch;
import io.stockobserver.console.dashboard.DashboardActions;
import io.stockobserver.console.dashboard.DashboardFeed;
import io.stockobserver.console.dashboard.DashboardModel;
import io.stockobserver.console.dashboard.DashboardView;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/** One connected server in the console: its client, watch, model, actions and dashboard. */
public final class ServerSession implements AutoCloseable {
    /** How often slots and status are polled: loss of a server shows within about this long. */
    static final Duration TICK = Duration.ofSeconds(2);

    private final ApiClient api;
    private final ServerWatch watch;
    private final DashboardModel model;
    private final DashboardView view;
    private final ExecutorService actionsThread;

    public ServerSession(ServerProfile profile, char[] password, Duration tick) throws IOException {
        this.api = new ApiClient(profile, password);
        this.model = new DashboardModel(profile.name());
        this.watch = new ServerWatch(api, new DashboardFeed(model, Platform::runLater, Clock.systemUTC()), tick);
        this.actionsThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "actions-" + profile.name());
            t.setDaemon(true);
            return t;
        });
        this.view = new DashboardView(model, new DashboardActions(api, watch, actionsThread, Platform::runLater));
    }

    public void start() {
        watch.start();
    }

    public ApiClient api() {
        return api;
    }

    public DashboardModel model() {
        return model;
    }

    public DashboardView view() {
        return view;
    }

    @Override
    public void close() {
        watch.close();
        actionsThread.shutdownNow();
    }
}
