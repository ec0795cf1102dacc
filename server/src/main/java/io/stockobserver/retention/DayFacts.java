package io.stockobserver.retention;

import java.time.LocalDate;

/**
 * What retention knows about one archive day.
 *
 * @param day the market day
 * @param anomalous marked anomalous (a {@code day_marked_anomalous} event, or its manifest says so)
 * @param packaged a manifest exists
 * @param acknowledged the PC acknowledged the manifest ({@code SUCCESS.marker} naming the manifest's hash)
 * @param files archive files of the day
 * @param bytes their size
 */
public record DayFacts(
        LocalDate day, boolean anomalous, boolean packaged, boolean acknowledged, int files, long bytes) {}
