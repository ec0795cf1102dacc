package io.stockobserver.sandbox.upbit.ws;

import java.util.List;
import java.util.Objects;

/**
 * One type object of a request.
 *
 * @param type the data type
 * @param codes the codes as sent, each once (orderbook codes may carry a {@code .units} suffix)
 * @param onlySnapshot send one SNAPSHOT per code and nothing more
 * @param onlyRealtime send REALTIME frames only, no SNAPSHOT
 */
record TypeRequest(DataType type, List<String> codes, boolean onlySnapshot, boolean onlyRealtime) {

    /** Copies the codes. */
    TypeRequest {
        Objects.requireNonNull(type, "type");
        codes = List.copyOf(codes);
    }
}
