package io.stockobserver.sandbox.market;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one calendar day is for the Korean market, as chk-holiday reports it (KIS facts §4.8).
 *
 * @param date the day
 * @param businessDay 영업일: financial institutions work
 * @param tradingDay 거래일: securities business (deposits, transfers) is possible
 * @param marketOpen 개장일: the stock market opens
 * @param settlementDay 결제일: trades settle
 */
public record VenueDay(
        LocalDate date, boolean businessDay, boolean tradingDay, boolean marketOpen, boolean settlementDay) {

    /** Checks the date is present. */
    public VenueDay {
        Objects.requireNonNull(date, "date");
    }
}
