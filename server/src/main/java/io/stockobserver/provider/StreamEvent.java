package io.stockobserver.provider;

import java.util.Map;

/**
 * A control reply of a venue's real-time session, typed so the collector needs no venue codes.
 *
 * @param kind what the reply means
 * @param symbol the symbol it is about, or null for a session-level reply
 * @param code the venue's own code (KIS msg_cd, Upbit error name), for evidence
 * @param fields the reply's fields for the system event, by the venue's names
 */
public record StreamEvent(Kind kind, String symbol, String code, String message, Map<String, Object> fields) {
    public enum Kind {
        /** The venue confirmed a registration. */
        REGISTERED,
        /** The venue confirmed a release. */
        RELEASED,
        /** The venue refused a registration (budget exceeded, already registered). */
        REGISTRATION_REFUSED,
        /** The venue refused the session itself (credentials in use or invalid). */
        SESSION_REFUSED,
        /** A reply the venue marks as an error, or one that cannot be applied. */
        ERROR,
        /** A success the collector has nothing to do with (keep-alive status, …). */
        INFO
    }
}
