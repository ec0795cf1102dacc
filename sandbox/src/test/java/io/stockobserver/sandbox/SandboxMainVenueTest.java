package io.stockobserver.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxMainVenueTest {

    @Test
    void shouldStayOnKisByDefaultAndTakeTheUpbitVenueWithItsFlags() {
        SandboxArguments kis = SandboxArguments.parse("--seed", "7");
        SandboxArguments upbit = SandboxArguments.parse(
                "--rest-port",
                "18080",
                "--venue",
                "upbit",
                "--seed",
                "9",
                "--krw-markets",
                "50",
                "--btc-markets",
                "4",
                "--usdt-markets",
                "3",
                "--idle-timeout",
                "30",
                "--intensity",
                "0.5");

        assertThat(kis.venue()).isEqualTo(SandboxVenue.KIS);
        assertThat(kis.options().seed()).isEqualTo(7);
        assertThat(upbit.venue()).isEqualTo(SandboxVenue.UPBIT);
        UpbitSandboxOptions options = upbit.upbitOptions();
        assertThat(options.restPort()).isEqualTo(18_080);
        assertThat(options.seed()).isEqualTo(9);
        assertThat(options.krwMarkets()).isEqualTo(50);
        assertThat(options.btcMarkets()).isEqualTo(4);
        assertThat(options.usdtMarkets()).isEqualTo(3);
        assertThat(options.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.tradeIntensity()).isEqualTo(0.5);
    }

    @Test
    void shouldRefuseAFlagOfTheOtherVenueAndAnUnknownVenue() {
        assertThatThrownBy(() -> SandboxArguments.parse("--venue", "upbit", "--symbols", "10"))
                .hasMessageContaining("--symbols")
                .hasMessageContaining("upbit");
        assertThatThrownBy(() -> SandboxArguments.parse("--krw-markets", "10"))
                .hasMessageContaining("--krw-markets")
                .hasMessageContaining("kis");
        assertThatThrownBy(() -> SandboxArguments.parse("--venue", "binance")).hasMessageContaining("kis or upbit");
        assertThat(SandboxArguments.USAGE).contains("--venue NAME", "kis (default) or upbit", "--krw-markets");
    }

    @Test
    void shouldStartTheUpbitSandboxAndPrintBothUrls() throws Exception {
        SandboxArguments arguments = SandboxArguments.parse(
                "--venue", "upbit", "--krw-markets", "10", "--btc-markets", "1", "--usdt-markets", "1");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        try (AutoCloseable sandbox =
                SandboxMain.start(arguments, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

            assertThat(sandbox).isInstanceOf(io.stockobserver.sandbox.upbit.UpbitSandbox.class);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).matches("rest=http://127\\.0\\.0\\.1:\\d+");
            assertThat(lines.get(1)).matches("ws=ws://127\\.0\\.0\\.1:\\d+/websocket/v1");
        }
    }

    @Test
    void shouldReportABadUpbitOptionByName() throws IOException {
        assertThatThrownBy(() -> SandboxArguments.parse("--venue", "upbit", "--krw-markets", "0"))
                .hasMessageContaining("krwMarkets");
    }
}
