package io.stockobserver.pipeline;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Stage 1 — structural checks: is this a well-formed observation at all? (symbol, times, every number within its
 * field's {@link FieldBounds}, a positive last price, non-negative volumes, bid not above ask). Plausibility against
 * history is the guard's job.
 */
public final class ObservationValidator {
    /** KRX listings: six characters (the default, and KIS's venue pattern). */
    public static final String KRX_SYMBOL = "[0-9A-Z]{6}";

    private final java.util.regex.Pattern symbolPattern;

    /** A validator for KRX symbols. */
    public ObservationValidator() {
        this(KRX_SYMBOL);
    }

    /** A validator for the venue whose symbols match {@code symbolPattern} (its profile says which). */
    public ObservationValidator(String symbolPattern) {
        this.symbolPattern = java.util.regex.Pattern.compile(symbolPattern);
    }

    /** Empty when valid, else the first problem found. */
    public Optional<Rejection> validate(Observation o) {
        if (o.symbol() == null || o.symbol().isBlank()) {
            return reject("missing_symbol", "no symbol");
        }
        if (!symbolPattern.matcher(o.symbol()).matches()) {
            return reject("bad_symbol", o.market() + " symbols match " + symbolPattern + ", got '" + o.symbol() + "'");
        }
        if (o.eventTime() == null) {
            return reject("missing_event_time", "no event time");
        }
        for (var e : o.fields().entrySet()) {
            if (e.getValue() instanceof Number n) {
                String problem = FieldBounds.violation(e.getKey(), n);
                if (problem != null) { // checked on precision and scale alone: never expands the value
                    return reject("number_out_of_bounds", e.getKey() + " " + problem);
                }
            }
        }
        Number last = o.number("last_price");
        if (last == null) {
            return reject("missing_last_price", "no last_price");
        }
        if (signum(last) <= 0) {
            return reject("non_positive_price", "last_price " + last);
        }
        for (String f : new String[] {"volume", "last_size", "bid_size", "ask_size", "turnover"}) {
            Number n = o.number(f);
            if (n != null && signum(n) < 0) {
                return reject("negative_" + f, f + " " + n);
            }
        }
        Number bid = o.number("bid_price");
        Number ask = o.number("ask_price");
        if (bid != null && ask != null && signum(bid) > 0 && signum(ask) > 0 && compare(bid, ask) > 0) {
            return reject("crossed_book", "bid " + bid + " > ask " + ask);
        }
        return Optional.empty();
    }

    private static Optional<Rejection> reject(String reason, String detail) {
        return Optional.of(Rejection.validation(reason, detail));
    }

    static int signum(Number n) {
        return n instanceof BigDecimal d ? d.signum() : Long.signum(n.longValue());
    }

    static int compare(Number a, Number b) {
        return toDecimal(a).compareTo(toDecimal(b));
    }

    static BigDecimal toDecimal(Number n) {
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }
}
