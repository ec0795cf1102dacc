package io.stockobserver.sandbox.auth;

import java.util.Objects;

/** A credential request or check the sandbox refuses, with the reason the wire reply is chosen from. */
public final class AuthRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a credential was refused. */
    public enum Reason {
        /** tokenP called again sooner than the issue interval (KIS EGW00133). */
        TOKEN_TOO_SOON,
        /** Approval called again sooner than its interval (sandbox's own code). */
        APPROVAL_TOO_SOON,
        /** A required request field is missing or wrong (sandbox's own code). */
        BAD_REQUEST,
        /** The token is unknown, malformed or revoked (KIS EGW00121). */
        INVALID_TOKEN,
        /** The token's lifetime is over (KIS EGW00123). */
        EXPIRED_TOKEN
    }

    private final Reason reason;

    /** Creates a refusal; the message is safe to show a client (it never contains secrets). */
    public AuthRefusal(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Returns why. */
    public Reason reason() {
        return reason;
    }
}
