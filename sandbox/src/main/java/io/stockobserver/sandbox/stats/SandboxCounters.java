package io.stockobserver.sandbox.stats;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The sandbox's counters, incremented from many threads. Monotonic except the two gauges (open sessions, active
 * registrations).
 */
public final class SandboxCounters {

    private final LongAdder tokensIssued = new LongAdder();
    private final LongAdder tokenRefusals = new LongAdder();
    private final LongAdder approvalKeysIssued = new LongAdder();
    private final LongAdder approvalRefusals = new LongAdder();
    private final LongAdder rateLimitRefusals = new LongAdder();
    private final LongAdder expiredTokenRefusals = new LongAdder();
    private final LongAdder invalidTokenRefusals = new LongAdder();
    private final LongAdder restRequests = new LongAdder();
    private final LongAdder quotationsServed = new LongAdder();
    private final AtomicLong wsSessionsOpen = new AtomicLong();
    private final LongAdder wsSessionsAccepted = new LongAdder();
    private final AtomicLong activeRegistrations = new AtomicLong();
    private final LongAdder registrationsAccepted = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> controlReplies = new ConcurrentHashMap<>();
    private final LongAdder framesSent = new LongAdder();
    private final LongAdder recordsSent = new LongAdder();
    private final LongAdder framesDropped = new LongAdder();
    private final LongAdder recordsDropped = new LongAdder();
    private final LongAdder pingsSent = new LongAdder();
    private final LongAdder pingReplies = new LongAdder();
    private final LongAdder masterFilesServed = new LongAdder();
    private final LongAdder paperUnsupportedRefusals = new LongAdder();
    private final LongAdder injectedRateLimitRefusals = new LongAdder();
    private final LongAdder injectedServerErrors = new LongAdder();
    private final LongAdder injectedSlowResponses = new LongAdder();
    private final LongAdder injectedMasterFileFailures = new LongAdder();
    private final LongAdder injectedHolidayFailures = new LongAdder();
    private final LongAdder stalledSessions = new LongAdder();
    private final LongAdder framesWithheld = new LongAdder();
    private final LongAdder pingsWithheld = new LongAdder();
    private final LongAdder injectedMalformedFrames = new LongAdder();
    private final LongAdder injectedTruncatedFrames = new LongAdder();
    private final LongAdder injectedConnectionRefusals = new LongAdder();
    private final LongAdder injectedSessionDrops = new LongAdder();

    /** Counts a newly issued access token. */
    public void tokenIssued() {
        tokensIssued.increment();
    }

    /** Counts a tokenP refusal (EGW00133). */
    public void tokenRefused() {
        tokenRefusals.increment();
    }

    /** Counts an issued approval key. */
    public void approvalKeyIssued() {
        approvalKeysIssued.increment();
    }

    /** Counts an Approval refusal (too soon). */
    public void approvalRefused() {
        approvalRefusals.increment();
    }

    /** Counts an EGW00201 refusal. */
    public void rateLimitRefused() {
        rateLimitRefusals.increment();
    }

    /** Counts an EGW00123 refusal. */
    public void expiredTokenRefused() {
        expiredTokenRefusals.increment();
    }

    /** Counts an EGW00121 refusal. */
    public void invalidTokenRefused() {
        invalidTokenRefusals.increment();
    }

    /** Counts an answered REST request. */
    public void restRequestAnswered() {
        restRequests.increment();
    }

    /** Counts a quotation answered with rt_cd "0". */
    public void quotationServed() {
        quotationsServed.increment();
    }

    /** Counts an opened WebSocket session. */
    public void sessionOpened() {
        wsSessionsOpen.incrementAndGet();
        wsSessionsAccepted.increment();
    }

    /** Counts a closed WebSocket session. */
    public void sessionClosed() {
        wsSessionsOpen.decrementAndGet();
    }

    /** Counts an accepted registration. */
    public void registrationAdded() {
        activeRegistrations.incrementAndGet();
        registrationsAccepted.increment();
    }

    /** Counts registrations released (unsubscribe or session close). */
    public void registrationsRemoved(int count) {
        activeRegistrations.addAndGet(-count);
    }

    /** Counts a control reply by msg_cd. */
    public void controlReply(String msgCd) {
        controlReplies.computeIfAbsent(msgCd, key -> new LongAdder()).increment();
    }

    /** Counts a data frame handed to a socket and its records. */
    public void frameSent(int records) {
        framesSent.increment();
        recordsSent.add(records);
    }

    /** Counts a data frame dropped from a full outbox and its records. */
    public void frameDropped(int records) {
        framesDropped.increment();
        recordsDropped.add(records);
    }

    /** Counts a PINGPONG sent. */
    public void pingSent() {
        pingsSent.increment();
    }

    /** Counts a PINGPONG reply received. */
    public void pingReplyReceived() {
        pingReplies.increment();
    }

    /** Counts a master file served. */
    public void masterFileServed() {
        masterFilesServed.increment();
    }

    /** Counts a call refused because its TR is not offered on the paper venue. */
    public void paperUnsupportedRefused() {
        paperUnsupportedRefusals.increment();
    }

    /** Counts an injected EGW00201 (also counted by {@link #rateLimitRefused()}). */
    public void injectedRateLimitRefusal() {
        injectedRateLimitRefusals.increment();
    }

    /** Counts an injected HTTP 500 failure page. */
    public void injectedServerError() {
        injectedServerErrors.increment();
    }

    /** Counts an injected slow response. */
    public void injectedSlowResponse() {
        injectedSlowResponses.increment();
    }

    /** Counts a master-file download answered HTTP 503 by injection. */
    public void injectedMasterFileFailure() {
        injectedMasterFileFailures.increment();
    }

    /** Counts a chk-holiday call answered HTTP 500 by injection. */
    public void injectedHolidayFailure() {
        injectedHolidayFailures.increment();
    }

    /** Counts a session held by an injected stall (once per session and stall). */
    public void sessionStalled() {
        stalledSessions.increment();
    }

    /** Counts a data frame discarded because its session was stalled. */
    public void frameWithheld() {
        framesWithheld.increment();
    }

    /** Counts a PINGPONG not sent because its session was stalled. */
    public void pingWithheld() {
        pingsWithheld.increment();
    }

    /** Counts a data frame sent malformed by injection. */
    public void injectedMalformedFrame() {
        injectedMalformedFrames.increment();
    }

    /** Counts a data frame sent truncated by injection. */
    public void injectedTruncatedFrame() {
        injectedTruncatedFrames.increment();
    }

    /** Counts a WebSocket handshake refused by injection. */
    public void injectedConnectionRefusal() {
        injectedConnectionRefusals.increment();
    }

    /** Counts WebSocket connections cut by injection. */
    public void injectedSessionDrops(int connections) {
        injectedSessionDrops.add(connections);
    }

    /** Returns access tokens issued. */
    public long tokensIssued() {
        return tokensIssued.sum();
    }

    /** Returns tokenP refusals. */
    public long tokenRefusals() {
        return tokenRefusals.sum();
    }

    /** Returns approval keys issued. */
    public long approvalKeysIssued() {
        return approvalKeysIssued.sum();
    }

    /** Returns Approval refusals. */
    public long approvalRefusals() {
        return approvalRefusals.sum();
    }

    /** Returns EGW00201 refusals. */
    public long rateLimitRefusals() {
        return rateLimitRefusals.sum();
    }

    /** Returns EGW00123 refusals. */
    public long expiredTokenRefusals() {
        return expiredTokenRefusals.sum();
    }

    /** Returns EGW00121 refusals. */
    public long invalidTokenRefusals() {
        return invalidTokenRefusals.sum();
    }

    /** Returns answered REST requests. */
    public long restRequests() {
        return restRequests.sum();
    }

    /** Returns quotations answered with rt_cd "0". */
    public long quotationsServed() {
        return quotationsServed.sum();
    }

    /** Returns WebSocket sessions open now. */
    public long wsSessionsOpen() {
        return wsSessionsOpen.get();
    }

    /** Returns WebSocket sessions accepted since start. */
    public long wsSessionsAccepted() {
        return wsSessionsAccepted.sum();
    }

    /** Returns registrations held now. */
    public long activeRegistrations() {
        return activeRegistrations.get();
    }

    /** Returns registrations accepted since start. */
    public long registrationsAccepted() {
        return registrationsAccepted.sum();
    }

    /** Returns a copy of the control-reply counts, keyed by msg_cd. */
    public Map<String, Long> controlReplies() {
        Map<String, Long> copy = new TreeMap<>();
        controlReplies.forEach((code, count) -> copy.put(code, count.sum()));
        return copy;
    }

    /** Returns control replies sent with one msg_cd. */
    public long controlReplies(String msgCd) {
        LongAdder count = controlReplies.get(msgCd);
        return count == null ? 0 : count.sum();
    }

    /** Returns data frames handed to sockets. */
    public long framesSent() {
        return framesSent.sum();
    }

    /** Returns records in data frames handed to sockets. */
    public long recordsSent() {
        return recordsSent.sum();
    }

    /** Returns data frames dropped from full outboxes. */
    public long framesDropped() {
        return framesDropped.sum();
    }

    /** Returns records in dropped frames. */
    public long recordsDropped() {
        return recordsDropped.sum();
    }

    /** Returns PINGPONGs sent. */
    public long pingsSent() {
        return pingsSent.sum();
    }

    /** Returns PINGPONG replies received. */
    public long pingReplies() {
        return pingReplies.sum();
    }

    /** Returns master files served. */
    public long masterFilesServed() {
        return masterFilesServed.sum();
    }

    /** Returns calls refused as 모의투자 미지원. */
    public long paperUnsupportedRefusals() {
        return paperUnsupportedRefusals.sum();
    }

    /** Returns injected EGW00201 refusals. */
    public long injectedRateLimitRefusals() {
        return injectedRateLimitRefusals.sum();
    }

    /** Returns injected HTTP 500 failures of quotation calls. */
    public long injectedServerErrors() {
        return injectedServerErrors.sum();
    }

    /** Returns injected slow responses. */
    public long injectedSlowResponses() {
        return injectedSlowResponses.sum();
    }

    /** Returns master-file downloads answered HTTP 503 by injection. */
    public long injectedMasterFileFailures() {
        return injectedMasterFileFailures.sum();
    }

    /** Returns chk-holiday calls answered HTTP 500 by injection. */
    public long injectedHolidayFailures() {
        return injectedHolidayFailures.sum();
    }

    /** Returns sessions held by injected stalls (each session counted once per stall). */
    public long stalledSessions() {
        return stalledSessions.sum();
    }

    /** Returns data frames discarded because their session was stalled. */
    public long framesWithheld() {
        return framesWithheld.sum();
    }

    /** Returns PINGPONGs not sent because their session was stalled. */
    public long pingsWithheld() {
        return pingsWithheld.sum();
    }

    /** Returns data frames sent malformed by injection. */
    public long injectedMalformedFrames() {
        return injectedMalformedFrames.sum();
    }

    /** Returns data frames sent truncated by injection. */
    public long injectedTruncatedFrames() {
        return injectedTruncatedFrames.sum();
    }

    /** Returns WebSocket handshakes refused by injection. */
    public long injectedConnectionRefusals() {
        return injectedConnectionRefusals.sum();
    }

    /** Returns WebSocket connections cut by injection. */
    public long injectedSessionDrops() {
        return injectedSessionDrops.sum();
    }
}
