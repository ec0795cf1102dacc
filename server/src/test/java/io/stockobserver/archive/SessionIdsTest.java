package io.stockobserver.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionIdsTest {

    @Test
    void shouldNameTheSessionAfterItsStartInKst() {
        assertThat(SessionIds.of(Instant.parse("2026-01-14T00:30:00Z"), ArchiveLayout.KRX_ZONE))
                .isEqualTo("sess_20260114_093000");
    }

    @Test
    void shouldUseTheKstDateJustAfterFifteenHundredUtc() {
        assertThat(SessionIds.of(Instant.parse("2026-07-23T15:00:01.999Z"), ArchiveLayout.KRX_ZONE))
                .isEqualTo("sess_20260724_000001");
    }

    @Test
    void shouldRecogniseTheSessionIdShape() {
        assertThat(SessionIds.isValid("sess_20260114_093000")).isTrue();
        assertThat(SessionIds.isValid("sess_2026011_093000")).isFalse();
        assertThat(SessionIds.isValid("SESS_20260114_093000")).isFalse();
        assertThat(SessionIds.isValid(null)).isFalse();
    }
}
