package io.stockobserver.sandbox;

import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.util.Map;

/**
 * Live counters of a running sandbox; every call reads the current value. Counts are totals since start unless
 * the method says "now".
 */
public final class SandboxStats {

    private final SandboxCounters counters;
    private final MarketModel market;

    SandboxStats(SandboxCounters counters, MarketModel market) {
        this.counters = counters;
        this.market = market;
    }

    /** Access tokens newly issued by tokenP (re-returned tokens are not counted). */
    public long tokensIssued() {
        return counters.tokensIssued();
    }

    /** tokenP calls refused with EGW00133 (too soon). */
    public long tokenRefusals() {
        return counters.tokenRefusals();
    }

    /** WebSocket approval keys issued. */
    public long approvalKeysIssued() {
        return counters.approvalKeysIssued();
    }

    /** Approval calls refused for coming too soon (SBXA0002). */
    public long approvalRefusals() {
        return counters.approvalRefusals();
    }

    /** Quotation calls refused with EGW00201: by the rate limit or by an injected burst. */
    public long rateLimitRefusals() {
        return counters.rateLimitRefusals();
    }

    /** Quotation calls refused with EGW00123 (expired token). */
    public long expiredTokenRefusals() {
        return counters.expiredTokenRefusals();
    }

    /** Quotation calls refused with EGW00121 (missing or unknown token). */
    public long invalidTokenRefusals() {
        return counters.invalidTokenRefusals();
    }

    /** REST requests answered, whatever the outcome. */
    public long restCallsServed() {
        return counters.restRequests();
    }

    /** Quotation calls answered with rt_cd "0". */
    public long quotationsServed() {
        return counters.quotationsServed();
    }

    /** WebSocket sessions open now. */
    public long wsSessionsOpen() {
        return counters.wsSessionsOpen();
    }

    /** WebSocket sessions accepted since start. */
    public long wsSessionsAccepted() {
        return counters.wsSessionsAccepted();
    }

    /** Registrations held now, across all sessions. */
    public long registrations() {
        return counters.activeRegistrations();
    }

    /** Registrations accepted (OPSP0000) since start. */
    public long registrationsAccepted() {
        return counters.registrationsAccepted();
    }

    /** Control replies sent, by msg_cd (OPSP0000, OPSP0008, …); a copy. */
    public Map<String, Long> controlReplies() {
        return counters.controlReplies();
    }

    /** Control replies sent with one msg_cd. */
    public long controlReplies(String msgCd) {
        return counters.controlReplies(msgCd);
    }

    /** Data frames handed to sockets. */
    public long framesSent() {
        return counters.framesSent();
    }

    /** Records in the data frames handed to sockets. */
    public long recordsSent() {
        return counters.recordsSent();
    }

    /** Data frames dropped because a session's outbox was full (slow client). */
    public long framesDropped() {
        return counters.framesDropped();
    }

    /** Records in dropped frames. */
    public long recordsDropped() {
        return counters.recordsDropped();
    }

    /** PINGPONG messages sent. */
    public long pingsSent() {
        return counters.pingsSent();
    }

    /** PINGPONG replies received, in any form (text echo, pong or ping frame carrying it). */
    public long pingReplies() {
        return counters.pingReplies();
    }

    /** Market events the model discarded because the feed did not drain them in time. */
    public long marketEventsDropped() {
        return market.droppedEvents();
    }

    /** Master files (kospi_code.mst.zip, kosdaq_code.mst.zip) served. */
    public long masterFilesServed() {
        return counters.masterFilesServed();
    }

    /** Calls of a PAPER sandbox refused because KIS does not offer the TR on the paper venue (SBXR0004). */
    public long paperUnsupportedRefusals() {
        return counters.paperUnsupportedRefusals();
    }

    /** Injected EGW00201 refusals (a fault-injection burst); also counted in {@link #rateLimitRefusals()}. */
    public long injectedRateLimitRefusals() {
        return counters.injectedRateLimitRefusals();
    }

    /** Quotation calls failed with an injected HTTP 500 failure page. */
    public long injectedServerErrors() {
        return counters.injectedServerErrors();
    }

    /** Quotation calls delayed by injection. */
    public long injectedSlowResponses() {
        return counters.injectedSlowResponses();
    }

    /** Master-file downloads answered HTTP 503 by injection. */
    public long injectedMasterFileFailures() {
        return counters.injectedMasterFileFailures();
    }

    /** chk-holiday calls answered HTTP 500 by injection. */
    public long injectedHolidayFailures() {
        return counters.injectedHolidayFailures();
    }

    /** Sessions held by an injected WebSocket stall (each session counted once per stall). */
    public long injectedWsStalls() {
        return counters.stalledSessions();
    }

    /** Data frames discarded because their session was stalled by injection. */
    public long framesWithheldByStall() {
        return counters.framesWithheld();
    }

    /** PINGPONGs not sent because their session was stalled by injection. */
    public long pingsWithheldByStall() {
        return counters.pingsWithheld();
    }

    /** Data frames sent malformed by injection (bad count field or a missing field). */
    public long injectedMalformedFrames() {
        return counters.injectedMalformedFrames();
    }

    /** Data frames sent cut in the middle of a record by injection. */
    public long injectedTruncatedFrames() {
        return counters.injectedTruncatedFrames();
    }

    /** WebSocket handshakes refused by injection. */
    public long injectedConnectionRefusals() {
        return counters.injectedConnectionRefusals();
    }

    /** WebSocket connections cut by injection ({@link KisSandbox#dropWebSocketSessions()} and the admin endpoint). */
    public long injectedSessionDrops() {
        return counters.injectedSessionDrops();
    }

    @Override
    public String toString() {
        return "SandboxStats[tokensIssued=" + tokensIssued() + ", tokenRefusals=" + tokenRefusals()
                + ", rateLimitRefusals=" + rateLimitRefusals() + ", expiredTokenRefusals=" + expiredTokenRefusals()
                + ", restCallsServed=" + restCallsServed() + ", wsSessionsOpen=" + wsSessionsOpen()
                + ", registrations=" + registrations() + ", controlReplies=" + controlReplies()
                + ", framesSent=" + framesSent() + ", recordsSent=" + recordsSent() + ", framesDropped="
                + framesDropped() + ", pingsSent=" + pingsSent() + ", pingReplies=" + pingReplies()
                + ", masterFilesServed=" + masterFilesServed() + ", injectedFaults="
                + (injectedRateLimitRefusals()
                        + injectedServerErrors()
                        + injectedSlowResponses()
                        + injectedMasterFileFailures()
                        + injectedHolidayFailures())
                + ", injectedWsFaults="
                + (injectedWsStalls()
                        + injectedMalformedFrames()
                        + injectedTruncatedFrames()
                        + injectedConnectionRefusals()
                        + injectedSessionDrops())
                + "]";
    }
}
