package io.stockobserver.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class KisSandboxTest {

    @Test
    void shouldBindBothServersToLoopbackOnly() throws IOException {
        try (KisSandbox sandbox =
                KisSandbox.start(SandboxOptions.builder().symbolCount(10).build())) {
            assertThat(sandbox.restBaseUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(sandbox.wsUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(sandbox.restBaseUrl().getScheme()).isEqualTo("http");
            assertThat(sandbox.wsUrl().getScheme()).isEqualTo("ws");
            assertThat(connects(InetAddress.getLoopbackAddress(), sandbox.restBaseUrl()))
                    .isTrue();
            assertThat(connects(InetAddress.getLoopbackAddress(), sandbox.wsUrl()))
                    .isTrue();

            Optional<InetAddress> external = nonLoopbackAddress();
            Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback address to try");
            assertThat(connects(external.get(), sandbox.restBaseUrl())).isFalse();
            assertThat(connects(external.get(), sandbox.wsUrl())).isFalse();
        }
    }

    @Test
    void shouldStopEveryThreadAndSocketOnCloseAndTolerateASecondClose() throws IOException {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        KisSandbox sandbox =
                KisSandbox.start(SandboxOptions.builder().symbolCount(10).build());
        URI rest = sandbox.restBaseUrl();
        URI ws = sandbox.wsUrl();
        assertThat(startedSince(before)).isNotEmpty();
        sandbox.close();
        sandbox.close();

        assertThat(connects(InetAddress.getLoopbackAddress(), rest)).isFalse();
        assertThat(connects(InetAddress.getLoopbackAddress(), ws)).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> startedSince(before)
                .isEmpty());
    }

    private static List<String> startedSince(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> !before.contains(thread))
                .map(Thread::getName)
                .filter(name -> !name.startsWith("awaitility"))
                .toList();
    }

    @Test
    void shouldFailToStartOnAPortInUse() throws IOException {
        try (KisSandbox first =
                KisSandbox.start(SandboxOptions.builder().symbolCount(10).build())) {
            int taken = first.wsUrl().getPort();
            assertThatThrownBy(() -> KisSandbox.start(SandboxOptions.builder()
                            .symbolCount(10)
                            .wsPort(taken)
                            .build()))
                    .isInstanceOf(IOException.class);
            assertThatThrownBy(() -> KisSandbox.start(SandboxOptions.builder()
                            .symbolCount(10)
                            .restPort(first.restBaseUrl().getPort())
                            .build()))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void shouldPrintBothUrlsForAParentProcess() throws IOException {
        try (KisSandbox sandbox =
                KisSandbox.start(SandboxOptions.builder().symbolCount(10).build())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            SandboxMain.announce(sandbox, new PrintStream(bytes, true, StandardCharsets.UTF_8));

            assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                    .containsExactly("rest=" + sandbox.restBaseUrl(), "ws=" + sandbox.wsUrl());
        }
    }

    private static boolean connects(InetAddress address, URI uri) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, uri.getPort()), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .filter(address -> address.getAddress().length == 4)
                .findFirst();
    }
}
