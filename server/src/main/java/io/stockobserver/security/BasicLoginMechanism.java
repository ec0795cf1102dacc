package io.stockobserver.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * HTTP Basic for the API (RFC 7617), in place of the container's: a header that is not Basic, not Base64 or has no
 * {@code user:password} is answered 401 like a wrong password (the container's mechanism answered {@code Basic !!!}
 * with 500 and a stack trace), and failed logins back off ({@link LoginThrottle}: 429 with {@code Retry-After},
 * docs/operations.md §7). Only protected resources ask for a login; health, metrics and openapi stay open.
 */
@ApplicationScoped
public class BasicLoginMechanism implements HttpAuthenticationMechanism {
    /** The realm: named in WWW-Authenticate and, as the identity store's id, in server.xml's group access-ids. */
    public static final String REALM = "stock-observer";

    private static final Logger LOG = Logger.getLogger(BasicLoginMechanism.class.getName());

    @Inject
    IdentityStoreHandler identities;

    @Inject
    OperatorIdentityStore logins;

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

    /** The back-off's counters, for /api/status and metrics. */
    public LoginThrottle throttle() {
        return throttle;
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String header = request.getHeader("Authorization");
        if (header == null) {
            return challenge(response, context);
        }
        Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(header);
        if (credential.isEmpty()) {
            // malformed: the caller learns only that it is not logged in
            return header.startsWith("Basic ") ? refuseMalformed(response) : challenge(response, context);
        }
        String user = credential.get().getCaller();
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(user, address);
        if (wait.isPresent()) {
            return tooManyFailures(response, wait.get());
        }
        CredentialValidationResult result = identities.validate(credential.get());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(user, address);
            return context.notifyContainerAboutLogin(result);
        }
        Duration earned = throttle.failed(user, address);
        if (!earned.isZero()) {
            LOG.warning(
                    "failed logins from " + address + " for " + (logins.isLoginName(user) ? user : "an unknown name")
                            + ": further attempts wait " + earned.toSeconds() + " s (" + throttle.failures()
                            + " failed so far)");
        }
        return challenge(response, context);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus tooManyFailures(HttpServletResponse response, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        byte[] body = ("{\"error\":\"too many failed logins from this address: retry in " + seconds + " s\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json");
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
            response.getOutputStream().close(); // complete: nothing after the mechanism may turn it into another
        } catch (IOException e) {
            // the client has gone; nothing left to answer
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The 401 for a header that claims Basic but is not: committed here, because Liberty, after any mechanism's
     * answer, decodes a "Basic " header itself for its audit record and fails on one that is not Base64 or has no
     * colon (a NullPointerException in WebProviderAuthenticatorProxy, answered 500). A committed response is what the
     * client then gets; Liberty's own failure stays in its FFDC log.
     */
    private static AuthenticationStatus refuseMalformed(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentLength(0);
        try {
            // closed, not only flushed: over HTTP/2 only the close ends the stream, and Liberty's failure after the
            // mechanism would otherwise leave the client waiting for the end of an empty body
            response.getOutputStream().close();
        } catch (IOException e) {
            // the client has gone; nothing left to answer
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
