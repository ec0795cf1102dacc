package io.stockobserver.pipeline;

import java.util.Locale;

/** {@code quality_flag} of RECORDS.md. */
public enum QualityFlag {
    /** Fresh, complete inputs. */
    NORMAL,
    /** Stale or partial inputs. */
    DEGRADED,
    /** Written during or right after a gap. */
    GAP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
