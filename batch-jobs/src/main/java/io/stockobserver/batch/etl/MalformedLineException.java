package io.stockobserver.batch.etl;

/**
 * An archive line the load cannot use: not JSON, a required field missing or of the wrong type, another provider's
 * record. Skippable in {@code etl-day}: the line is counted and written to the job instance's failed-lines file.
 */
public class MalformedLineException extends Exception {
    private final String reason;

    public MalformedLineException(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** A short reason: {@code not_json}, {@code missing:sample_time}, {@code not_a_number:volume}, … */
    public String reason() {
        return reason;
    }
}
