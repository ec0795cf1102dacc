package io.stockobserver.provider.kis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the body of a KIS 국내휴장일조회 answer ({@code /quotations/chk-holiday}, tr_id CTCA0903R, KIS_API_FACTS §4.8)
 * into one {@link HolidayInfo} per {@code bass_dt}.
 *
 * <p>{@code output} is accepted both as a single object (as the documentation says) and as an array of consecutive
 * days (as the official sample and third-party fixtures treat it). Every row needs {@code bass_dt} (YYYYMMDD) and
 * the four Y/N flags {@code bzdy_yn}, {@code tr_day_yn}, {@code opnd_yn}, {@code sttl_day_yn}; other fields
 * ({@code wday_dvsn_cd}, paging context) are ignored. Anything else fails the whole body with a
 * {@link CalendarSourceException}: a calendar half-read is worse than the fallback. Stateless and thread-safe.
 */
public final class KisHolidayParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private KisHolidayParser() {}

    /** Parses a response body as received. */
    public static SortedMap<LocalDate, HolidayInfo> parse(String body) throws CalendarSourceException {
        if (body == null || body.isBlank()) {
            throw new CalendarSourceException("chk-holiday body is empty", body);
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new CalendarSourceException("chk-holiday body is not JSON: " + e.getOriginalMessage(), body, e);
        }
        return parse(json, body);
    }

    /** Parses an already-parsed body (e.g. {@code KisRestResponse.json()}). */
    public static SortedMap<LocalDate, HolidayInfo> parse(JsonNode json) throws CalendarSourceException {
        Objects.requireNonNull(json, "json");
        return parse(json, json.toString());
    }

    private static SortedMap<LocalDate, HolidayInfo> parse(JsonNode json, String body) throws CalendarSourceException {
        if (json == null || !json.isObject()) {
            throw new CalendarSourceException("chk-holiday body is not a JSON object", body);
        }
        JsonNode rtCd = json.get("rt_cd");
        if (rtCd == null || !rtCd.isTextual()) {
            throw new CalendarSourceException("chk-holiday body has no rt_cd", body);
        }
        if (!"0".equals(rtCd.textValue())) {
            throw new CalendarSourceException(
                    "chk-holiday failed: rt_cd=" + rtCd.textValue() + " msg_cd=" + text(json, "msg_cd") + " msg1="
                            + text(json, "msg1"),
                    body);
        }
        SortedMap<LocalDate, HolidayInfo> days = new TreeMap<>();
        List<JsonNode> rows = rows(json.get("output"), body);
        for (int i = 0; i < rows.size(); i++) {
            Row row = new Row(rows.get(i), i, body);
            LocalDate day = row.date();
            HolidayInfo info = row.info();
            HolidayInfo earlier = days.put(day, info);
            if (earlier != null && !earlier.equals(info)) {
                throw new CalendarSourceException(
                        "chk-holiday answers " + day + " twice, differently: " + earlier + " and " + info, body);
            }
        }
        return Collections.unmodifiableSortedMap(days);
    }

    private static List<JsonNode> rows(JsonNode output, String body) throws CalendarSourceException {
        List<JsonNode> rows = new ArrayList<>();
        if (output != null && output.isObject()) {
            rows.add(output);
        } else if (output != null && output.isArray()) {
            output.forEach(rows::add);
        } else {
            throw new CalendarSourceException(
                    "chk-holiday output must be an object or an array but was "
                            + (output == null ? "missing" : output.getNodeType()),
                    body);
        }
        if (rows.isEmpty()) {
            throw new CalendarSourceException("chk-holiday output is empty", body);
        }
        return rows;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null ? "(none)" : value.asText();
    }

    /** One {@code output} row. */
    private static final class Row {
        private final JsonNode node;
        private final String where;
        private final String body;

        Row(JsonNode node, int index, String body) throws CalendarSourceException {
            this.where = "output[" + index + "]";
            this.body = body;
            if (!node.isObject()) {
                throw new CalendarSourceException(where + " is not an object", body);
            }
            this.node = node;
        }

        LocalDate date() throws CalendarSourceException {
            String text = field("bass_dt");
            try {
                return LocalDate.parse(text, YYYYMMDD);
            } catch (DateTimeParseException e) {
                throw new CalendarSourceException(
                        where + ".bass_dt must be a date YYYYMMDD but was '" + text + "'", body, e);
            }
        }

        HolidayInfo info() throws CalendarSourceException {
            return new HolidayInfo(flag("bzdy_yn"), flag("tr_day_yn"), flag("opnd_yn"), flag("sttl_day_yn"));
        }

        private boolean flag(String name) throws CalendarSourceException {
            String value = field(name);
            if ("Y".equals(value)) {
                return true;
            }
            if ("N".equals(value)) {
                return false;
            }
            throw new CalendarSourceException(where + "." + name + " must be Y or N but was '" + value + "'", body);
        }

        private String field(String name) throws CalendarSourceException {
            JsonNode value = node.get(name);
            if (value == null || !value.isTextual()) {
                throw new CalendarSourceException(where + " has no " + name + " (string)", body);
            }
            return value.textValue().strip();
        }
    }
}
