package io.stockobserver.app;

import io.stockobserver.calendar.CalendarSourceException;
import io.stockobserver.calendar.FallbackCalendar;
import io.stockobserver.calendar.HolidayInfo;
import io.stockobserver.calendar.KisHolidayParser;
import io.stockobserver.calendar.KisTradingCalendar;
import io.stockobserver.calendar.TradingDayAnswer;
import io.stockobserver.collect.CollectionWindow;
import io.stockobserver.provider.kis.KisApiException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.logging.Logger;

/**
 * Whether today is a trading day: the KIS holiday API (chk-holiday, real only; the sandbox has it) asked once a day,
 * the configured calendar ({@code OBSERVER_HOLIDAYS}) when KIS cannot answer. In {@code always} market-hours mode
 * every day counts as a trading day (demos and off-hours tests).
 */
@ApplicationScoped
public class CalendarService {
    private static final Logger LOG = Logger.getLogger(CalendarService.class.getName());

    @Inject
    ObserverConfig config;

    @Inject
    KisGateway kis;

    @Inject
    ArchiveService archive;

    private KisTradingCalendar calendar;
    private LocalDate lastAsked;

    @PostConstruct
    void start() {
        calendar = new KisTradingCalendar(FallbackCalendar.parse(config.holidays()));
    }

    /** The answer for {@code day}, refreshing the KIS data at most once per day. */
    public synchronized TradingDayAnswer answer(LocalDate day) {
        if (config.marketHours() == CollectionWindow.Mode.ALWAYS) {
            return new TradingDayAnswer(day, true, "always");
        }
        if (!day.equals(lastAsked) && !calendar.knows(day)) {
            lastAsked = day;
            refresh(day);
        }
        return calendar.answer(day);
    }

    private void refresh(LocalDate day) {
        if (!kis.settings().environment().hasMultiPrice()) { // paper has neither chk-holiday nor multi-price
            LOG.info("chk-holiday is not offered in "
                    + kis.settings().environment().configName() + "; using the configured calendar");
            return;
        }
        try {
            var response = kis.rest().holidays(day.format(DateTimeFormatter.BASIC_ISO_DATE));
            SortedMap<LocalDate, HolidayInfo> days = KisHolidayParser.parse(response.json());
            List<LocalDate> disagreements = calendar.accept(days);
            if (!disagreements.isEmpty()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("days", disagreements.stream().map(LocalDate::toString).toList());
                archive.events().record("calendar_disagreement", f);
                LOG.warning("KIS holiday data disagrees with OBSERVER_HOLIDAYS on " + disagreements);
            }
        } catch (KisApiException | CalendarSourceException e) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("day", day.toString());
            f.put("error", e.getMessage());
            archive.events().record("calendar_source_unavailable", f);
            LOG.warning("KIS holiday API unavailable (" + e.getMessage() + "); using the configured calendar");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
