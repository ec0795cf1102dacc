package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.auth.ApprovalKeyIssuer;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.util.List;
import java.util.Optional;

/**
 * Answers client messages with the venue's rules (KIS facts §5.3, §7): the approval key must be known (OPSP0011);
 * the first valid key binds the session to its appkey, and a second open session of that appkey is refused with
 * OPSP8996 and closed; at most N registrations per session across TRs (OPSP0008 beyond; refusals do not count);
 * duplicates OPSP0002; unknown unsubscribes OPSP0003.
 */
final class RegistrationDesk {

    private final ApprovalKeyIssuer approvals;
    private final AppkeySessions appkeySessions = new AppkeySessions();
    private final SubscriptionIndex index;
    private final int maxRegistrations;
    private final SandboxCounters counters;

    RegistrationDesk(
            ApprovalKeyIssuer approvals, SubscriptionIndex index, int maxRegistrations, SandboxCounters counters) {
        this.approvals = approvals;
        this.index = index;
        this.maxRegistrations = maxRegistrations;
        this.counters = counters;
    }

    void handle(WsSession session, String text) {
        ClientMessage message;
        try {
            message = ClientMessageParser.parse(text);
        } catch (RequestParseException e) {
            session.reply(ControlReply.parsingError(e.trId(), e.trKey(), e.getMessage()));
            return;
        }
        if (message instanceof ClientMessage.PingPongEcho) {
            counters.pingReplyReceived();
            return;
        }
        handleRegistration(session, (RegistrationRequest) message);
    }

    /** Releases everything a closed session held. */
    void release(WsSession session) {
        List<Registration> held = session.close();
        held.forEach(registration -> index.remove(registration, session));
        counters.registrationsRemoved(held.size());
        session.appkey().ifPresent(appkey -> appkeySessions.release(appkey, session));
    }

    private void handleRegistration(WsSession session, RegistrationRequest request) {
        Optional<String> appkey = approvals.appkeyOf(request.approvalKey());
        Optional<String> bound = session.appkey();
        if (appkey.isEmpty() || (bound.isPresent() && !bound.get().equals(appkey.get()))) {
            session.reply(ControlReply.invalidApproval(request.trId(), request.trKey(), request.approvalKey()));
            return;
        }
        if (bound.isEmpty() && !claim(session, appkey.get())) {
            session.reply(ControlReply.appkeyInUse());
            session.disconnect();
            return;
        }
        Optional<SupportedTr> tr = SupportedTr.of(request.trId());
        if (tr.isEmpty()) {
            session.reply(ControlReply.unsupportedTr(request.trId(), request.trKey()));
            return;
        }
        if (!tr.get().acceptsKey(request.trKey())) {
            session.reply(ControlReply.parsingError(request.trId(), request.trKey(), "invalid tr_key"));
            return;
        }
        Registration registration = new Registration(request.trId(), request.trKey());
        if (request.subscribe()) {
            subscribe(session, registration);
        } else {
            unsubscribe(session, registration);
        }
    }

    private boolean claim(WsSession session, String appkey) {
        synchronized (session) {
            if (session.isClosed() || !appkeySessions.claim(appkey, session)) {
                return false;
            }
            session.bind(appkey);
            return true;
        }
    }

    private void subscribe(WsSession session, Registration registration) {
        synchronized (session) {
            if (session.isRegistered(registration)) {
                session.reply(ControlReply.alreadySubscribed(registration));
            } else if (session.registrationCount() >= maxRegistrations) {
                session.reply(ControlReply.maxSubscribeOver(registration));
            } else if (!session.isClosed()) {
                session.add(registration);
                session.reply(ControlReply.subscribed(registration, session.keysFor(registration.trId())));
                index.add(registration, session);
                counters.registrationAdded();
            }
        }
    }

    private void unsubscribe(WsSession session, Registration registration) {
        synchronized (session) {
            if (!session.remove(registration)) {
                session.reply(ControlReply.notSubscribed(registration));
                return;
            }
            index.remove(registration, session);
            counters.registrationsRemoved(1);
            session.reply(ControlReply.unsubscribed(registration, session.keysFor(registration.trId())));
        }
    }
}
