package io.stockobserver.batch.backup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The {@code day} job parameter: a market day as YYYYMMDD. */
public final class BackupDays {
    private BackupDays() {}

    public static LocalDate parse(String day) {
        if (day == null) {
            throw new IllegalArgumentException("the job parameter day (YYYYMMDD) is missing");
        }
        try {
            return LocalDate.parse(day.trim(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the job parameter day must be YYYYMMDD but was '" + day + "'", e);
        }
    }
}
