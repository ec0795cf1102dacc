package io.stockobserver.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArchiveWriterConfigTest {

    @Test
    void shouldDefaultToTheDocumentedValues() {
        ArchiveWriterConfig config = ArchiveWriterConfig.defaults();

        assertThat(config.queueCapacity()).isEqualTo(65_536);
        assertThat(config.fsyncInterval()).isEqualTo(Duration.ofMillis(50));
        assertThat(config.closeGrace()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.idleClose()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.maxBatchRecords()).isEqualTo(8_192);
        assertThat(config.writeBufferBytes()).isEqualTo(1 << 20);
        assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldAcceptZeroFsyncIntervalAsForceAfterEveryBatch() {
        assertThat(ArchiveWriterConfig.builder()
                        .fsyncInterval(Duration.ZERO)
                        .build()
                        .fsyncInterval())
                .isZero();
    }

    @Test
    void shouldRejectNonsenseSettings() {
        assertThatThrownBy(() -> ArchiveWriterConfig.builder().queueCapacity(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArchiveWriterConfig.builder()
                        .fsyncInterval(Duration.ofMillis(-1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> ArchiveWriterConfig.builder().writeBufferBytes(-5).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArchiveWriterConfig.builder().clock(null).build())
                .isInstanceOf(NullPointerException.class);
    }
}
