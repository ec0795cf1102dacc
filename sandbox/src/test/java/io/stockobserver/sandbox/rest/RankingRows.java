package io.stockobserver.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisRestClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Reads ranking replies in tests. */
final class RankingRows {

    private RankingRows() {}

    /** Checks a successful reply and returns its output rows. */
    static List<JsonNode> rows(HttpResponse<String> response) {
        JsonNode body = KisRestClient.json(response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body.get("rt_cd").asText()).isEqualTo("0");
        assertThat(body.get("output").isArray()).isTrue();
        List<JsonNode> rows = new ArrayList<>();
        body.get("output").forEach(rows::add);
        return rows;
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static double number(JsonNode row, String field) {
        return Double.parseDouble(row.get(field).asText());
    }

    static List<Double> column(List<JsonNode> rows, ToDoubleFunction<JsonNode> value) {
        return rows.stream().map(value::applyAsDouble).toList();
    }

    static List<Double> column(List<JsonNode> rows, String field) {
        return column(rows, row -> number(row, field));
    }

    static List<String> codes(List<JsonNode> rows, String field) {
        return rows.stream().map(row -> row.get(field).asText()).toList();
    }
}
