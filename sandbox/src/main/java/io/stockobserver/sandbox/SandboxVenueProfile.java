package io.stockobserver.sandbox;

/** Which KIS venue the sandbox plays (KIS facts §1). */
public enum SandboxVenueProfile {
    /** 실전투자: the real venue, 18 REST calls per second, every simulated TR served. */
    REAL,
    /**
     * 모의투자: the paper venue. The REST limit defaults to 1 call per second (2026-04-20 notice, §3.5) and the TRs KIS
     * documents as "모의투자 미지원" (intstock-multprice, chk-holiday) are refused with the sandbox's code SBXR0004.
     */
    PAPER
}
