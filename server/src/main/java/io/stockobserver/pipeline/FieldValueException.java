package io.stockobserver.pipeline;

/**
 * A venue value that cannot become a normalized field: not a number, or a number outside the field's bounds
 * ({@link FieldBounds}). Thrown at parse time, before the value reaches the book, the pipeline or the encoder; the
 * collector turns it into a counted, typed rejection that points at the raw input (the raw journal keeps it whole).
 */
public final class FieldValueException extends IllegalArgumentException {
    /** Longest excerpt of the offending text carried in the message and events. */
    static final int EXCERPT = 48;

    private final String field;
    private final String excerpt;
    private final String problem;

    public FieldValueException(String field, String text, String problem) {
        super(field + ": " + problem + " ('" + excerpt(text) + "')");
        this.field = field;
        this.excerpt = excerpt(text);
        this.problem = problem;
    }

    /** The normalized field the value was meant for, e.g. {@code change_rate}. */
    public String field() {
        return field;
    }

    /** The first {@value #EXCERPT} characters of the offending text, with its length when cut. */
    public String excerpt() {
        return excerpt;
    }

    /** What is wrong: {@code not_a_number}, {@code too_long}, {@code too_large} or {@code too_precise}. */
    public String problem() {
        return problem;
    }

    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…(" + text.length() + " chars)";
    }
}
