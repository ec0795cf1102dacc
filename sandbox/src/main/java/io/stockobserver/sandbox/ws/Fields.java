package io.stockobserver.sandbox.ws;

/** Appends '^'-separated fields of one record without intermediate strings. */
final class Fields {

    private final StringBuilder text;
    private int count;

    Fields(int capacity) {
        text = new StringBuilder(capacity);
    }

    Fields add(String value) {
        if (count++ > 0) {
            text.append('^');
        }
        text.append(value);
        return this;
    }

    Fields add(long value) {
        if (count++ > 0) {
            text.append('^');
        }
        text.append(value);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
