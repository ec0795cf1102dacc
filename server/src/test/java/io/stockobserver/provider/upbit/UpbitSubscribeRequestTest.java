package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpbitSubscribeRequestTest {
    private static final String DOC_TICKET = "0e66c0ac-7e13-43ef-91fb-2a87c2956c49";

    private static JsonNode json(String text) throws Exception {
        return UpbitJson.parse(text);
    }

    @Test
    void shouldWriteTheDocumentedTickerRequestExactly() throws Exception {
        UpbitSubscribeRequest r = new UpbitSubscribeRequest(
                DOC_TICKET,
                List.of("KRW-BTC", "KRW-ETH"),
                EnumSet.of(UpbitSubscribeRequest.Type.TICKER),
                UpbitSubscribeRequest.Format.DEFAULT);

        assertThat(json(r.toJson())).isEqualTo(json(UpbitVectors.block(UpbitVectors.SUBSCRIBE, "ticker, DEFAULT")));
    }

    @Test
    void shouldWriteTheCapturedThreeTypeRequestWithTheSameMembers() throws Exception {
        JsonNode captured = json(UpbitVectors.block(UpbitVectors.CAPTURES, "subscribe sent"));
        UpbitSubscribeRequest r = new UpbitSubscribeRequest(
                captured.get(0).get("ticket").asText(),
                List.of("KRW-BTC"),
                EnumSet.allOf(UpbitSubscribeRequest.Type.class),
                UpbitSubscribeRequest.Format.DEFAULT);
        JsonNode ours = json(r.toJson());

        assertThat(ours.get(0)).isEqualTo(captured.get(0));
        assertThat(ours.get(ours.size() - 1)).isEqualTo(captured.get(captured.size() - 1));
        assertThat(types(ours)).containsExactly("ticker", "trade", "orderbook");
        assertThat(types(captured)).containsExactlyInAnyOrder("ticker", "trade", "orderbook");
    }

    private static List<String> types(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> {
            if (n.has("type")) {
                out.add(n.get("type").asText());
            }
        });
        return out;
    }

    @Test
    void shouldSendTheWholeCodeListForEveryTypeInOneArray() throws Exception {
        UpbitSubscribeRequest r = UpbitSubscribeRequest.of(List.of("KRW-BTC", "KRW-ETH", "KRW-BTC", "BTC-ETH"));
        JsonNode array = json(r.toJson());

        assertThat(UUID.fromString(array.get(0).get("ticket").asText())).isNotNull();
        assertThat(array).hasSize(5);
        for (int i = 1; i <= 3; i++) {
            assertThat(array.get(i).get("codes").toString()).isEqualTo("[\"KRW-BTC\",\"KRW-ETH\",\"BTC-ETH\"]");
            assertThat(array.get(i).size()).as("no option flags").isEqualTo(2);
        }
        assertThat(array.get(4).toString()).isEqualTo("{\"format\":\"DEFAULT\"}");
        assertThat(r.withNewTicket().ticket()).isNotEqualTo(r.ticket());
        assertThat(r.withNewTicket().codes()).isEqualTo(r.codes());
    }

    @Test
    void shouldAskForSimpleKeysWhenTold() throws Exception {
        UpbitSubscribeRequest r = new UpbitSubscribeRequest(
                "t",
                List.of("KRW-BTC"),
                EnumSet.of(UpbitSubscribeRequest.Type.TRADE),
                UpbitSubscribeRequest.Format.SIMPLE);

        assertThat(r.toJson())
                .isEqualTo("[{\"ticket\":\"t\"},{\"type\":\"trade\",\"codes\":[\"KRW-BTC\"]},{\"format\":\"SIMPLE\"}]");
    }

    @Test
    void shouldRefuseWhatTheVenueWouldRefuseOrIgnore() {
        assertThatThrownBy(() -> UpbitSubscribeRequest.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO_CODES");
        assertThatThrownBy(() -> UpbitSubscribeRequest.of(List.of("krw-btc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("krw-btc");
        assertThatThrownBy(() -> UpbitSubscribeRequest.of(List.of("KRW-BTC\"]},{\"x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UpbitSubscribeRequest(
                        " ",
                        List.of("KRW-BTC"),
                        EnumSet.allOf(UpbitSubscribeRequest.Type.class),
                        UpbitSubscribeRequest.Format.DEFAULT))
                .hasMessageContaining("NO_TICKET");
        assertThatThrownBy(() -> new UpbitSubscribeRequest(
                        "t",
                        List.of("KRW-BTC"),
                        EnumSet.noneOf(UpbitSubscribeRequest.Type.class),
                        UpbitSubscribeRequest.Format.DEFAULT))
                .hasMessageContaining("NO_TYPE");
    }
}
