package io.stockobserver.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator's standalone jar (copied by the build, see server/pom.xml) run as the server runs it. */
class SimulatorProcessTest {
    private static final Path JAR = Path.of(System.getProperty("observer.sandbox.jar", "target/sandbox/none.jar"));

    @Test
    void shouldAnnounceUrlsThatAnswerAndStopWhenClosed() throws Exception {
        SimulatorProcess sim = SimulatorProcess.start(JAR, List.of("--seed", "7"));
        try {
            assertThat(sim.restUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(sim.wsUrl().getScheme()).isEqualTo("ws");
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(sim.restUrl() + "/sandbox/faults"))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        } finally {
            sim.close();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !sim.isAlive());
    }

    @Test
    void shouldSayWhatToDoWhenTheJarIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> SimulatorProcess.start(dir.resolve("absent.jar"), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("absent.jar")
                .hasMessageContaining("OBSERVER_SANDBOX_JAR");
    }

    @Test
    void shouldReportAChildThatExitsBeforeAnnouncing() {
        // an unknown flag: the simulator prints its usage and exits with 2, never announcing its URLs
        assertThatThrownBy(() -> SimulatorProcess.start(JAR, List.of("--no-such-flag")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not start");
    }
}
