package io.stockobserver.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox on its own: {@code java -jar sandbox-0.1.0-SNAPSHOT-standalone.jar [options]}. Prints
 * {@code rest=<url>} and {@code ws=<url>} on standard output once both servers listen, then runs until the process
 * is stopped (or, with {@code --exit-on-stdin-close}, until standard input closes — so a parent that dies takes the
 * sandbox with it).
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
        KisSandbox sandbox;
        try {
            sandbox = KisSandbox.start(arguments.options());
        } catch (IOException e) {
            System.err.println("cannot start the KIS sandbox: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "kis-sandbox-shutdown"));
        announce(sandbox, System.out);
        if (arguments.exitOnStdinClose()) {
            awaitEndOfInput(System.in);
            sandbox.close();
        } else {
            awaitForever();
        }
    }

    static void announce(KisSandbox sandbox, PrintStream out) {
        out.println("rest=" + sandbox.restBaseUrl());
        out.println("ws=" + sandbox.wsUrl());
        out.flush();
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
