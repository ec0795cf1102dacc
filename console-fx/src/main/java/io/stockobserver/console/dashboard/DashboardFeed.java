package io.stockobserver.console.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.console.connect.LinkState;
import io.stockobserver.console.connect.LiveEvent;
import io.stockobserver.console.connect.ServerWatch;
import java.time.Clock;
import java.util.concurrent.Executor;

/** Hands what a {@link ServerWatch} learns to a {@link DashboardModel} on the FX thread (or any executor in tests). */
public final class DashboardFeed implements ServerWatch.Listener {
    private final DashboardModel model;
    private final Executor fx;
    private final Clock clock;

    public DashboardFeed(DashboardModel model, Executor fx, Clock clock) {
        this.model = model;
        this.fx = fx;
        this.clock = clock;
    }

    @Override
    public void onLink(LinkState state, String detail) {
        fx.execute(() -> model.link(state, detail));
    }

    @Override
    public void onView(String key, JsonNode json) {
        var now = clock.instant();
        fx.execute(() -> model.view(key, json, now));
    }

    @Override
    public void onEvent(LiveEvent event) {
        fx.execute(() -> model.event(event));
    }

    @Override
    public void onLiveFeed(boolean up, String detail) {
        fx.execute(() -> model.liveFeed(up));
    }
}
