package io.stockobserver.sandbox;

import io.stockobserver.sandbox.upbit.UpbitSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sandbox on its own: {@code java -jar sandbox-0.1.0-SNAPSHOT-standalone.jar [--venue kis|upbit] [options]}
 * (KIS by default). Prints {@code rest=<url>} and {@code ws=<url>} on standard output once both servers listen, then
 * runs until the process is stopped (or, with {@code --exit-on-stdin-close}, until standard input closes — so a
 * parent that dies takes the sandbox with it).
 */
public final class SandboxMain {

    private SandboxMain() {}

    /** Starts the sandbox; exits with 2 on bad arguments and 1 if a port cannot be bound. */
    public static void main(String[] args) {
        SandboxArguments arguments;
        try {
            arguments = SandboxArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SandboxArguments.USAGE);
            System.exit(2);
            return;
        }
        if (arguments.help()) {
            System.out.println(SandboxArguments.USAGE);
            return;
        }
        AutoCloseable sandbox;
        try {
            sandbox = start(arguments, System.out);
        } catch (IOException e) {
            System.err.println("cannot start the " + arguments.venue() + " sandbox: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(sandbox), "sandbox-shutdown"));
        if (arguments.exitOnStdinClose()) {
            awaitEndOfInput(System.in);
            closeQuietly(sandbox);
        } else {
            awaitForever();
        }
    }

    /** Starts the venue the arguments name and announces its URLs. */
    static AutoCloseable start(SandboxArguments arguments, PrintStream out) throws IOException {
        if (arguments.venue() == SandboxVenue.UPBIT) {
            UpbitSandbox upbit = UpbitSandbox.start(arguments.upbitOptions());
            announce(upbit.restBaseUrl(), upbit.wsUrl(), out);
            return upbit;
        }
        KisSandbox kis = KisSandbox.start(arguments.options());
        announce(kis, out);
        return kis;
    }

    static void announce(KisSandbox sandbox, PrintStream out) {
        announce(sandbox.restBaseUrl(), sandbox.wsUrl(), out);
    }

    static void announce(URI rest, URI ws, PrintStream out) {
        out.println("rest=" + rest);
        out.println("ws=" + ws);
        out.flush();
    }

    private static void closeQuietly(AutoCloseable sandbox) {
        try {
            sandbox.close();
        } catch (Exception e) {
            System.err.println("sandbox did not close cleanly: " + e.getMessage());
        }
    }

    private static void awaitEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input content is ignored; only its end matters.
            }
        } catch (IOException e) {
            System.err.println("standard input failed, stopping: " + e.getMessage());
        }
    }

    private static void awaitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
