package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.fault.FaultPlan;
import io.stockobserver.sandbox.fault.FaultSettings;
import io.stockobserver.sandbox.wire.KisJson;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sandbox's own fault-injection admin resource, {@code /sandbox/faults} — not a KIS API. GET returns the pending
 * faults, POST applies the fields present in a JSON body (the others stay as they are) and returns the result,
 * DELETE clears every fault. Needs no authentication, so the sandbox registers it only when the REST server is bound
 * to a loopback address.
 *
 * <p>Body and reply fields: rateLimitBurst, serverErrors, slowResponses, slowMillis (numbers) and
 * unavailableMasterFiles, unavailableHoliday (booleans).
 */
public final class FaultAdminEndpoint implements RestEndpoint {

    /** The path. */
    public static final String PATH = "/sandbox/faults";

    private static final Set<String> FIELDS = Set.of(
            "rateLimitBurst",
            "serverErrors",
            "slowResponses",
            "slowMillis",
            "unavailableMasterFiles",
            "unavailableHoliday");

    private final String method;
    private final FaultPlan faults;

    private FaultAdminEndpoint(String method, FaultPlan faults) {
        this.method = method;
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    /** Returns the GET, POST and DELETE endpoints of one fault plan. */
    public static List<RestEndpoint> all(FaultPlan faults) {
        return List.of(
                new FaultAdminEndpoint("GET", faults),
                new FaultAdminEndpoint("POST", faults),
                new FaultAdminEndpoint("DELETE", faults));
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public RestReply handle(RestRequest request) {
        switch (method) {
            case "POST" -> {
                try {
                    apply(request.body());
                } catch (IllegalArgumentException e) {
                    return RestReply.json(
                            400, Envelopes.failure(SandboxCodes.BAD_FAULT_REQUEST, e.getMessage() + " (sandbox)"));
                }
            }
            case "DELETE" -> faults.clear();
            default -> {
                // GET only reads.
            }
        }
        return RestReply.json(200, json(faults.settings()));
    }

    /** Applies a body; it is checked in full before any fault changes. */
    private void apply(byte[] body) {
        JsonNode json = parse(body);
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown fault field: " + name + "; known: " + FIELDS);
            }
        }
        FaultSettings current = faults.settings();
        int burst = count(json, "rateLimitBurst", current.rateLimitBurst());
        int errors = count(json, "serverErrors", current.serverErrors());
        int slow = count(json, "slowResponses", current.slowResponses());
        long slowMillis = json.has("slowMillis")
                ? number(json, "slowMillis", FaultPlan.MAX_DELAY.toMillis())
                : current.slowDelay().toMillis();
        boolean masterDown = bool(json, "unavailableMasterFiles", current.unavailableMasterFiles());
        boolean holidayDown = bool(json, "unavailableHoliday", current.unavailableHoliday());
        if (slow > 0 && slowMillis == 0) {
            throw new IllegalArgumentException("slowResponses needs slowMillis above 0");
        }
        faults.rateLimitBurst(burst);
        faults.serverErrors(errors);
        faults.slowResponses(slow, Duration.ofMillis(slowMillis));
        faults.unavailableMasterFiles(masterDown);
        faults.unavailableHoliday(holidayDown);
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode json = KisJson.parse(body);
            if (json == null || !json.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            return json;
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON");
        }
    }

    private static int count(JsonNode json, String field, int current) {
        return json.has(field) ? (int) number(json, field, FaultPlan.MAX_CALLS) : current;
    }

    private static long number(JsonNode json, String field, long max) {
        JsonNode value = json.get(field);
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > max) {
            throw new IllegalArgumentException(field + " must be a whole number 0.." + max);
        }
        return value.asLong();
    }

    private static boolean bool(JsonNode json, String field, boolean current) {
        if (!json.has(field)) {
            return current;
        }
        JsonNode value = json.get(field);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(field + " must be true or false");
        }
        return value.asBoolean();
    }

    private static ObjectNode json(FaultSettings settings) {
        return KisJson.object()
                .put("rateLimitBurst", settings.rateLimitBurst())
                .put("serverErrors", settings.serverErrors())
                .put("slowResponses", settings.slowResponses())
                .put("slowMillis", settings.slowDelay().toMillis())
                .put("unavailableMasterFiles", settings.unavailableMasterFiles())
                .put("unavailableHoliday", settings.unavailableHoliday());
    }
}
