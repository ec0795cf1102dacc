package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a quotation endpoint answers an admitted call with: the {@code output} (an object or an array), the body fields
 * that go before it, and the tr_cont response header.
 *
 * @param output the {@code output} value
 * @param leadingFields text fields written before {@code output}, in this order (e.g. ctx_area_nk, ctx_area_fk)
 * @param trCont the tr_cont header: "" for TRs without paging, "D" (or "E") for the last page, "F"/"M" for more
 */
public record QuotationAnswer(JsonNode output, Map<String, String> leadingFields, String trCont) {

    /** Copies the leading fields. */
    public QuotationAnswer {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(trCont, "trCont");
        leadingFields = Collections.unmodifiableMap(new LinkedHashMap<>(leadingFields));
    }

    /** Returns an answer of a TR without paging: only {@code output}, tr_cont "". */
    public static QuotationAnswer of(JsonNode output) {
        return new QuotationAnswer(output, Map.of(), "");
    }
}
