package io.stockobserver.pipeline;

/**
 * Stages 3 and 4 — Record and Enrich: turns a checked observation into an archive record stamped with the schema
 * version, the session id and the mitigation level (seed 003 §2.6: Phase 1 enrichment adds metadata only; strategy
 * specific derivations belong to the ETL).
 */
public final class RecordEnricher {
    /** The archive schema version written to every record (docs/archive-format.md). */
    public static final String SCHEMA_VERSION = "1.0";

    private final ObserverSession session;

    public RecordEnricher(ObserverSession session) {
        this.session = session;
    }

    public ArchiveRecord enrich(Observation checked) {
        return new ArchiveRecord(checked, SCHEMA_VERSION, session.id(), session.mitigationLevel());
    }
}
