package io.stockobserver.calendar;

import io.stockobserver.provider.TradingDaySource;
import io.stockobserver.provider.VenueException;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.logging.Logger;

/**
 * Whether today is a trading day: the venue's own trading days (KIS: chk-holiday, real only; the sandbox has it)
 * asked once a day, the configured calendar ({@code OBSERVER_HOLIDAYS}) when the venue cannot answer. In
 * {@code always} market-hours mode, and for a venue that trades around the clock, every day counts as a trading day.
 */
@ApplicationScoped
public class CalendarService {
    private static final Logger LOG = Logger.getLogger(CalendarService.class.getName());

    @Inject
    CalendarSettings config;

    @Inject
    VenueProfile venue;

    @Inject
    TradingDaySource days;

    @Inject
    ArchiveService archive;

    private VenueTradingCalendar calendar;
    private LocalDate lastAsked;

    @PostConstruct
    void start() {
        calendar = new VenueTradingCalendar(days.name(), FallbackCalendar.parse(config.holidays()));
    }

    /** The answer for {@code day}, refreshing the venue's data at most once per day. */
    public synchronized TradingDayAnswer answer(LocalDate day) {
        if (venue.roundTheClock()) {
            return new TradingDayAnswer(day, true, "round_the_clock");
        }
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
        if (!days.available()) {
            LOG.info(days.name() + " is not offered by this venue environment; using the configured calendar");
            return;
        }
        try {
            SortedMap<LocalDate, Boolean> open = days.openDays(day);
            List<LocalDate> disagreements = calendar.accept(open);
            if (!disagreements.isEmpty()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("days", disagreements.stream().map(LocalDate::toString).toList());
                archive.events().record("calendar_disagreement", f);
                LOG.warning("the venue's trading days disagree with OBSERVER_HOLIDAYS on " + disagreements);
            }
        } catch (VenueException e) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("day", day.toString());
            f.put("error", e.getMessage());
            archive.events().record("calendar_source_unavailable", f);
            LOG.warning(
                    "the venue's trading days are unavailable (" + e.getMessage() + "); using the configured calendar");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
