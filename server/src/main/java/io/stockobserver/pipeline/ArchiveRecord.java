package io.stockobserver.pipeline;

import java.util.Objects;

/**
 * An observation that passed validation and the guard, stamped with the observer's session meta. Immutable; the
 * encoder writes it as one JSON line with the common meta first.
 *
 * @param observation the checked observation
 * @param schemaVersion {@code schema_version}
 * @param sessionId {@code session_id} of the observer run
 * @param mitigationLevel 0, 1 or 2 at the time of writing
 */
public record ArchiveRecord(Observation observation, String schemaVersion, String sessionId, int mitigationLevel) {
    public ArchiveRecord {
        Objects.requireNonNull(observation, "observation");
        if (mitigationLevel < 0 || mitigationLevel > 2) {
            throw new IllegalArgumentException("mitigation level must be 0..2 but was " + mitigationLevel);
        }
    }
}
