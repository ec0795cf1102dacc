package io.stockobserver.storage;

/** How full the archive's file system is, as the disk guard sees it. */
public enum DiskState {
    /** Below the warning threshold. */
    NORMAL,
    /** Above the warning threshold (80 %): an event and a readiness warning; the day is anomalous. */
    WARNING,
    /** Above the critical threshold (95 %): a loud alarm and mitigation level 2 until space returns. */
    CRITICAL
}
