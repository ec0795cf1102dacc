package io.stockobserver.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * The venue simulator run as a child JVM, so the simulator is never part of the server's WAR: started from its
 * standalone jar with {@code --exit-on-stdin-close} (if this server dies, even by {@code kill -9}, the child's
 * standard input closes and it exits too), it announces {@code rest=<url>} and {@code ws=<url>} on standard output;
 * everything else it prints goes to this server's log.
 */
public final class SimulatorProcess implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SimulatorProcess.class.getName());
    /** A cold JVM on a busy machine: generous, and the wait ends as soon as both lines are read. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final URI restUrl;
    private final URI wsUrl;

    private SimulatorProcess(Process process, URI restUrl, URI wsUrl) {
        this.process = process;
        this.restUrl = restUrl;
        this.wsUrl = wsUrl;
    }

    /**
     * Starts the simulator of {@code jar} with {@code arguments} (e.g. {@code --venue kis --seed 42}) and waits until
     * it listens. Fails with a message that says what to do when the jar is missing or the child exits early.
     */
    public static SimulatorProcess start(Path jar, List<String> arguments) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the venue simulator jar " + jar + " does not exist: build it with"
                    + " `mvn -pl sandbox package`, set OBSERVER_SANDBOX_JAR, or point the server at a venue");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        command.add("--exit-on-stdin-close");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the venue simulator " + jar, e);
        }
        CompletableFuture<URI[]> announced = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(p, announced), "simulator-output");
        reader.setDaemon(true);
        reader.start();
        try {
            URI[] urls = announced.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            LOG.info("venue simulator started (pid " + p.pid() + "): REST " + urls[0] + ", WebSocket " + urls[1]);
            return new SimulatorProcess(p, urls[0], urls[1]);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("the venue simulator did not start: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the venue simulator started", e);
        }
    }

    private static void readOutput(Process p, CompletableFuture<URI[]> announced) {
        URI rest = null;
        URI ws = null;
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!announced.isDone() && line.startsWith("rest=")) {
                    rest = URI.create(line.substring(5).trim());
                } else if (!announced.isDone() && line.startsWith("ws=")) {
                    ws = URI.create(line.substring(3).trim());
                } else {
                    LOG.info("simulator: " + line);
                }
                if (rest != null && ws != null && !announced.isDone()) {
                    announced.complete(new URI[] {rest, ws});
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            announced.completeExceptionally(e);
        }
        announced.completeExceptionally(new IllegalStateException("it exited before announcing its URLs"));
    }

    public URI restUrl() {
        return restUrl;
    }

    public URI wsUrl() {
        return wsUrl;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Closes the child's standard input (its signal to stop), then waits briefly before forcing it. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
