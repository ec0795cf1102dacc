package io.stockobserver.pipeline;

/**
 * Why an observation was not archived.
 *
 * @param stage {@code validation} or {@code guard}
 * @param reason a short, stable code (e.g. {@code missing_last_price}); counted per code
 * @param detail human-readable context (values, limits); never secrets
 */
public record Rejection(String stage, String reason, String detail) {
    public static Rejection validation(String reason, String detail) {
        return new Rejection("validation", reason, detail);
    }

    public static Rejection guard(String reason, String detail) {
        return new Rejection("guard", reason, detail);
    }
}
