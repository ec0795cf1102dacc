package io.stockobserver.storage;

/** The disk guard's thresholds (OBSERVER_DISK_WARN, OBSERVER_DISK_CRITICAL), as fractions of free space. */
public interface DiskSettings {
    double diskWarn();

    double diskCritical();
}
