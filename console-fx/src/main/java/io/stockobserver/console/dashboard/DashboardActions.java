package io.stockobserver.console.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.console.connect.ApiClient;
import io.stockobserver.console.connect.ServerWatch;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What the operator can do to a server from the dashboard — pin, unpin, package a day — each off the FX thread, each
 * answered with a sentence for the status line: the server's own error text when it refused. The server checks the
 * roles; the view only greys out what it would refuse anyway.
 */
public final class DashboardActions {
    /** A KRX short code: what a server that does not name its symbol format observes. */
    static final String KRX_SYMBOL = "[0-9A-Z]{6}";

    private static final Duration JOB_POLL = Duration.ofSeconds(1);

    private final ApiClient api;
    private final ServerWatch watch;
    private final Executor background;
    private final Executor fx;

    public DashboardActions(ApiClient api, ServerWatch watch, Executor background, Executor fx) {
        this.api = api;
        this.watch = watch;
        this.background = background;
        this.fx = fx;
    }

    /**
     * The symbol as the server expects it, or null when it cannot be one (then {@code why} says so).
     *
     * @param pattern the server's symbol format ({@code symbol_pattern} of /api/status)
     * @param description the same in words ({@code symbol_description})
     */
    static String normalize(String typed, String pattern, String description, Consumer<String> why) {
        String s = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        if (!Pattern.matches(pattern, s)) {
            why.accept("'" + (typed == null ? "" : typed.trim()) + "' is not a symbol of this server: expected "
                    + description);
            return null;
        }
        return s;
    }

    /** Pins {@code typed} when it has the format of the server's venue ({@code pattern}, {@code description}). */
    public void pin(String typed, String pattern, String description, Consumer<String> status) {
        String symbol = normalize(typed, pattern, description, msg -> fx.execute(() -> status.accept(msg)));
        if (symbol == null) {
            return;
        }
        call(status, "pinning " + symbol, () -> {
            api.send("POST", "/api/slots/pins", "{\"symbol\":\"" + symbol + "\"}");
            watch.refreshSoon(ServerWatch.SLOTS);
            return symbol + " pinned";
        });
    }

    public void unpin(String symbol, Consumer<String> status) {
        call(status, "unpinning " + symbol, () -> {
            api.send("DELETE", "/api/slots/pins/" + symbol, null);
            watch.refreshSoon(ServerWatch.SLOTS);
            return symbol + " unpinned";
        });
    }

    /** Starts the backup package of {@code day} and follows the job until it ends. */
    public void packageDay(LocalDate day, Consumer<String> status) {
        String token = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        call(status, "packaging " + token, () -> {
            JsonNode started = api.send("POST", "/api/backup-jobs", "{\"day\":\"" + token + "\"}");
            long id = started.path("execution_id").asLong();
            while (true) {
                JsonNode job = api.get("/api/backup-jobs/" + id);
                String state = job.path("batch_status").asText();
                if (state.equals("COMPLETED")) {
                    watch.refreshSoon(ServerWatch.RETENTION);
                    return "package of " + token + " done (job " + id + ")";
                }
                if (state.equals("FAILED") || state.equals("STOPPED") || state.equals("ABANDONED")) {
                    return "package of " + token + " " + state.toLowerCase(Locale.ROOT) + ": "
                            + job.path("exit_status").asText();
                }
                String progress = "packaging " + token + ": " + state.toLowerCase(Locale.ROOT)
                        + (job.hasNonNull("step") ? ", step " + job.get("step").asText() : "")
                        + ", " + job.path("files_summarized").asLong() + " files summarized";
                fx.execute(() -> status.accept(progress));
                Thread.sleep(JOB_POLL.toMillis());
            }
        });
    }

    /**
     * Loads {@code day} into the database (or loads it again; a failed load resumes at its checkpoint); the Database
     * tab follows the job. A day being loaded is refused by the server (409) and said so.
     */
    public void loadDay(String day, Consumer<String> status) {
        call(status, "loading " + day + " into the database", () -> {
            JsonNode started = api.send("POST", "/api/etl-jobs", "{\"day\":\"" + day + "\"}");
            watch.refreshSoon(ServerWatch.LOADS);
            return (started.path("restarted").asBoolean()
                            ? "load of " + day + " resumed"
                            : "load of " + day + " started")
                    + " (job " + started.path("execution_id").asLong() + ")";
        });
    }

    private interface Call {
        String run() throws IOException, InterruptedException;
    }

    private void call(Consumer<String> status, String doing, Call call) {
        fx.execute(() -> status.accept(doing + " …"));
        background.execute(() -> {
            String result;
            try {
                result = call.run();
            } catch (IOException e) {
                result = "refused: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result = doing + " interrupted";
            }
            String r = result;
            fx.execute(() -> status.accept(r));
        });
    }
}
