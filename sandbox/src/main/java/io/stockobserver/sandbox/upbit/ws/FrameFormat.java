package io.stockobserver.sandbox.upbit.ws;

import java.util.Optional;

/**
 * The {@code format} of a request (PROVIDERS_FACTS §1.3): DEFAULT keys or SIMPLE abbreviated ones, each as an
 * object or, for the {@code _LIST} variants, as a JSON array holding it.
 */
enum FrameFormat {
    DEFAULT(false, false),
    SIMPLE(true, false),
    JSON_LIST(false, true),
    SIMPLE_LIST(true, true);

    private final boolean simple;
    private final boolean list;

    FrameFormat(boolean simple, boolean list) {
        this.simple = simple;
        this.list = list;
    }

    boolean simpleKeys() {
        return simple;
    }

    boolean list() {
        return list;
    }

    /** Returns the format of a request's value (exact spelling). */
    static Optional<FrameFormat> fromWire(String name) {
        for (FrameFormat format : values()) {
            if (format.name().equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
