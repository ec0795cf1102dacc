package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemainingReqTest {
    @Test
    void shouldReadTheDocumentedHeaderAndIgnoreMin() {
        String header = UpbitVectors.line(UpbitVectors.REST, "Remaining-Req: ").substring("Remaining-Req: ".length());

        assertThat(RemainingReq.parse(header)).contains(new RemainingReq("default", 29));
    }

    @Test
    void shouldReadTheHeaderSeenOnTheSocketUpgrade() {
        assertThat(RemainingReq.parse("group=websocket; min=300; sec=3")).contains(new RemainingReq("websocket", 3));
    }

    @Test
    void shouldSayExhaustedAtSecZero() {
        assertThat(RemainingReq.parse("group=ticker; min=599; sec=0")).get().satisfies(r -> {
            assertThat(r.group()).isEqualTo("ticker");
            assertThat(r.exhausted()).isTrue();
        });
        assertThat(RemainingReq.parse("group=ticker; min=599; sec=1")
                        .orElseThrow()
                        .exhausted())
                .isFalse();
    }

    @Test
    void shouldTolerateAddedKeys() {
        assertThat(RemainingReq.parse("group=order-cancel-all; min=30; sec=1; extra=1"))
                .contains(new RemainingReq("order-cancel-all", 1));
    }

    @Test
    void shouldGiveNothingForAMissingOrGarbledHeader() {
        for (String bad : new String[] {
            null,
            "",
            "group=default",
            "group=DEFAULT; min=1; sec=2",
            "group=default; sec=2",
            "group=default; min=x; sec=2",
            "group=default; min=1; sec=99999999999999999999",
            "group=default; min=1; sec=" + "9".repeat(300)
        }) {
            assertThat(RemainingReq.parse(bad)).as(String.valueOf(bad)).isEqualTo(Optional.empty());
        }
    }
}
