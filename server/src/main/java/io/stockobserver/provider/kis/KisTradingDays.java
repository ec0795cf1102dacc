package io.stockobserver.provider.kis;

import io.stockobserver.provider.TradingDaySource;
import io.stockobserver.provider.VenueException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * KIS's trading days: chk-holiday (CTCA0903R), whose {@code opnd_yn} says whether the stock market opens. The paper
 * environment does not offer it, so there the configured calendar answers alone.
 */
public final class KisTradingDays implements TradingDaySource {
    public static final String SOURCE = "kis_chk_holiday";

    private final KisRestClient rest;
    private final KisEnvironment environment;

    public KisTradingDays(KisRestClient rest, KisEnvironment environment) {
        this.rest = rest;
        this.environment = environment;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public boolean available() {
        return environment.hasMultiPrice(); // paper has neither chk-holiday nor multi-price
    }

    @Override
    public SortedMap<LocalDate, Boolean> openDays(LocalDate day) throws VenueException, InterruptedException {
        KisRestResponse response = rest.holidays(day.format(DateTimeFormatter.BASIC_ISO_DATE));
        try {
            SortedMap<LocalDate, Boolean> open = new TreeMap<>();
            KisHolidayParser.parse(response.json()).forEach((d, info) -> open.put(d, info.openDay()));
            return open;
        } catch (CalendarSourceException e) {
            throw new VenueException(e.getMessage(), e);
        }
    }
}
