package io.stockobserver.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveBacklogTest {
    @Test
    void shouldReplayWhatAReconnectingClientMissedAndSayWhatIsLost() {
        LiveBacklog b = new LiveBacklog(3);
        for (int i = 1; i <= 5; i++) {
            assertThat(b.add("gap_marker", "{\"n\":" + i + "}").id()).isEqualTo(i);
        }
        assertThat(b.after(3)).extracting(LiveBacklog.Entry::id).containsExactly(4L, 5L);
        assertThat(b.missed(3)).isZero();
        assertThat(b.after(0)).extracting(LiveBacklog.Entry::id).containsExactly(3L, 4L, 5L);
        assertThat(b.missed(0)).isEqualTo(2); // events 1 and 2 are gone
        assertThat(b.after(5)).isEmpty();
        assertThat(b.missed(5)).isZero();
    }
}
