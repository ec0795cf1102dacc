package io.stockobserver.backup;

import java.time.Duration;
import java.time.LocalTime;

/** When the daily backup package is built (OBSERVER_BACKUP_AT, OBSERVER_BACKUP_CATCH_UP_DELAY). */
public interface BackupSettings {
    LocalTime backupAt();

    Duration backupCatchUpDelay();
}
