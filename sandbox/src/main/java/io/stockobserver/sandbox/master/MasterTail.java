package io.stockobserver.sandbox.master;

import java.util.HashMap;
import java.util.Map;

/**
 * The fixed-width tail of one master record being filled: every value is checked against its field's width when set,
 * and {@link #render()} refuses a tail with a field left out.
 */
final class MasterTail {

    private final MasterLayout layout;
    private final Map<String, String> values = new HashMap<>();

    MasterTail(MasterLayout layout) {
        this.layout = layout;
    }

    /** Sets a field; the value must have exactly the field's width. */
    MasterTail set(String field, String value) {
        int width = layout.width(field);
        if (value.length() != width) {
            throw new IllegalArgumentException(field + " needs " + width + " characters: '" + value + "'");
        }
        values.put(field, value);
        return this;
    }

    /** Sets a field only if this layout has it (fields of one market only, such as KOSPI100 or 벤처기업). */
    MasterTail setIfPresent(String field, String value) {
        return layout.has(field) ? set(field, value) : this;
    }

    /** Sets a whole number, right-aligned and zero-padded. */
    MasterTail number(String field, long value) {
        return set(field, FixedWidth.digits(value, layout.width(field)));
    }

    /** Sets a Y/N flag. */
    MasterTail flag(String field, boolean value) {
        return set(field, FixedWidth.flag(value));
    }

    /** Sets a Y/N flag only if this layout has the field. */
    MasterTail flagIfPresent(String field, boolean value) {
        return layout.has(field) ? flag(field, value) : this;
    }

    /** Sets every one-character field still empty to N (the flags nothing in the model turns on). */
    MasterTail remainingFlagsNo() {
        for (String field : layout.fieldNames()) {
            if (layout.width(field) == 1) {
                values.putIfAbsent(field, "N");
            }
        }
        return this;
    }

    /** Returns the tail: every field in layout order, {@link MasterLayout#tailLength()} characters. */
    String render() {
        StringBuilder tail = new StringBuilder(layout.tailLength());
        for (String field : layout.fieldNames()) {
            String value = values.get(field);
            if (value == null) {
                throw new IllegalStateException(layout + " master field without a value: " + field);
            }
            tail.append(value);
        }
        return tail.toString();
    }
}
