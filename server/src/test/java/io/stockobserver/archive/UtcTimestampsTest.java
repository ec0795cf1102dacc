package io.stockobserver.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UtcTimestampsTest {

    @Test
    void shouldAlwaysWriteSixFractionalDigits() {
        assertThat(UtcTimestamps.format(Instant.parse("2026-07-24T02:52:14Z")))
                .isEqualTo("2026-07-24T02:52:14.000000Z");
        assertThat(UtcTimestamps.format(Instant.parse("2026-07-24T02:52:14.1Z")))
                .isEqualTo("2026-07-24T02:52:14.100000Z");
    }

    @Test
    void shouldTruncateNanosecondsToMicroseconds() {
        assertThat(UtcTimestamps.format(Instant.parse("2026-07-24T02:52:14.123456789Z")))
                .isEqualTo("2026-07-24T02:52:14.123456Z");
    }

    @Test
    void shouldReadBackWhatItWrites() {
        Instant t = Instant.parse("2026-07-24T02:52:14.123456Z");

        assertThat(UtcTimestamps.parse(UtcTimestamps.format(t))).isEqualTo(t);
    }
}
