package io.stockobserver.console.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows {@code GET /api/live} (Server-Sent Events) on its own thread like a browser's EventSource: parses
 * {@code id:}/{@code event:}/{@code data:} lines, reconnects after a loss with back-off (1, 2, 5, then 10 s) and
 * sends {@code Last-Event-ID} so the server replays what was missed. A connection silent for longer than
 * {@link #SILENCE} (the server writes a comment every 15 s) counts as lost.
 */
public final class LiveStream implements AutoCloseable {
    static final Duration SILENCE = Duration.ofSeconds(40);
    private static final List<Duration> BACK_OFF =
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
    private static final Logger LOG = Logger.getLogger(LiveStream.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the stream reports; called on the stream's thread. */
    public interface Listener {
        void onEvent(LiveEvent event);

        /** {@code up} true once connected, false when the connection is lost (with why). */
        void onLink(boolean up, String detail);
    }

    private final ApiClient api;
    private final Listener listener;
    private final Thread thread;
    private final AtomicReference<InputStream> body = new AtomicReference<>();
    private volatile boolean closed;
    private volatile String lastEventId;
    private volatile long lastLineNanos = System.nanoTime();

    public LiveStream(ApiClient api, Listener listener) {
        this.api = api;
        this.listener = listener;
        this.thread = new Thread(this::run, "live-" + api.profile().name());
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** The id of the last event received, sent as Last-Event-ID on reconnection. */
    public String lastEventId() {
        return lastEventId;
    }

    private void run() {
        int failures = 0;
        while (!closed) {
            try {
                readOnce();
                failures = 0; // a clean end of stream (server restart): reconnect at once
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                listener.onLink(false, e.getMessage());
                failures++;
            } catch (InterruptedException e) {
                return;
            }
            Duration wait = BACK_OFF.get(Math.min(Math.max(failures - 1, 0), BACK_OFF.size() - 1));
            try {
                Thread.sleep(failures == 0 ? 200 : wait.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void readOnce() throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri("/api/live"))
                .header("Authorization", api.authorization())
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> r = api.http().send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            String text = new String(r.body().readAllBytes(), StandardCharsets.UTF_8);
            r.body().close();
            throw new ApiException(r.statusCode(), ApiClient.explain(r.statusCode(), text));
        }
        body.set(r.body());
        lastLineNanos = System.nanoTime();
        listener.onLink(true, "live feed connected");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lastLineNanos = System.nanoTime();
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        dispatch(id, name, data.toString());
                    }
                    id = null;
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    continue; // comment: keep-alive
                } else if (line.startsWith("id:")) {
                    id = value(line, 3);
                } else if (line.startsWith("event:")) {
                    name = value(line, 6);
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(value(line, 5));
                }
            }
        } finally {
            body.set(null);
        }
        if (!closed) {
            throw new IOException("the live feed ended");
        }
    }

    private void dispatch(String id, String name, String data) {
        if (id != null) {
            lastEventId = id;
        }
        JsonNode json;
        try {
            json = JSON.readTree(data);
        } catch (IOException e) {
            LOG.log(Level.FINE, "live event " + name + " is not JSON", e);
            json = JSON.getNodeFactory().textNode(data);
        }
        try {
            listener.onEvent(new LiveEvent(id, name, json));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live event " + name + " could not be shown", e);
        }
    }

    private static String value(String line, int prefix) {
        String v = line.substring(prefix);
        return v.startsWith(" ") ? v.substring(1) : v;
    }

    /** Closes a connection that has been silent too long so the reader thread reconnects; called by the watcher. */
    public boolean closeIfSilent() {
        InputStream in = body.get();
        if (in != null && System.nanoTime() - lastLineNanos > SILENCE.toNanos()) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the reader sees the close either way
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        closed = true;
        InputStream in = body.get();
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        thread.interrupt();
    }
}
