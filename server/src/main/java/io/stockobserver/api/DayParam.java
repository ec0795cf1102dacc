package io.stockobserver.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The {@code date=YYYYMMDD} query parameter of the day-based endpoints: a market day, default today. */
final class DayParam {
    private DayParam() {}

    /** The market day {@code date} names, or today's in {@code zone}; a malformed date is a 400 naming the form. */
    static LocalDate parse(String date, Instant now, ZoneId zone) {
        if (date == null || date.isBlank()) {
            return now.atZone(zone).toLocalDate();
        }
        try {
            return LocalDate.parse(date.trim(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "date must be YYYYMMDD, e.g. 20260724, but was '" + date + "'"))
                    .build());
        }
    }
}
