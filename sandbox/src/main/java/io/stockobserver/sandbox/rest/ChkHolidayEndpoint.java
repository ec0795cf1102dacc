package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.auth.AccessToken;
import io.stockobserver.sandbox.fault.FaultPlan;
import io.stockobserver.sandbox.market.HolidayCalendar;
import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.VenueDay;
import io.stockobserver.sandbox.stats.SandboxCounters;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 국내휴장일조회 — GET /uapi/domestic-stock/v1/quotations/chk-holiday, tr_id CTCA0903R (KIS facts §4.8). Parameters
 * BASS_DT (YYYYMMDD, required), CTX_AREA_NK and CTX_AREA_FK (ignored: there is never a next page). {@code output} is
 * an array of {@value #DAYS_PER_CALL} consecutive days from BASS_DT; the body starts with empty ctx_area_nk and
 * ctx_area_fk and the tr_cont header is "D" (last page). "모의투자 미지원": refused by a PAPER sandbox.
 */
public final class ChkHolidayEndpoint extends QuotationEndpoint {

    /** The path. */
    public static final String PATH = "/uapi/domestic-stock/v1/quotations/chk-holiday";
    /** The TR. */
    public static final String TR_ID = "CTCA0903R";
    /** Days one call returns (sandbox choice: KIS does not say). */
    public static final int DAYS_PER_CALL = 30;

    private static final DateTimeFormatter BASS_DT =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final String LAST_PAGE = "D";

    private final HolidayCalendar calendar;
    private final FaultPlan faults;
    private final SandboxCounters counters;

    /** Creates the endpoint over a holiday calendar. */
    public ChkHolidayEndpoint(
            HolidayCalendar calendar, FaultPlan faults, QuotationGateway gateway, SandboxCounters counters) {
        super(PATH, TR_ID, gateway, counters);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.counters = counters;
    }

    @Override
    protected QuotationAnswer answer(RestRequest request, AccessToken token) throws GatewayRefusal {
        LocalDate first = baseDate(request);
        ArrayNode output = KisJson.array();
        for (int i = 0; i < DAYS_PER_CALL; i++) {
            output.add(day(calendar.day(first.plusDays(i))));
        }
        Map<String, String> context = new LinkedHashMap<>();
        context.put("ctx_area_nk", "");
        context.put("ctx_area_fk", "");
        return new QuotationAnswer(output, context, LAST_PAGE);
    }

    @Override
    protected boolean servedOnPaper() {
        return false;
    }

    @Override
    protected Optional<RestReply> outage() {
        if (!faults.holidayUnavailable()) {
            return Optional.empty();
        }
        counters.injectedHolidayFailure();
        return Optional.of(GatewayFailurePage.internalServerError());
    }

    private static LocalDate baseDate(RestRequest request) throws GatewayRefusal {
        String text = request.query("BASS_DT").orElse("").trim();
        if (text.isEmpty()) {
            throw badParameter("BASS_DT", "is required");
        }
        try {
            return LocalDate.parse(text, BASS_DT);
        } catch (DateTimeException e) {
            throw badParameter("BASS_DT", "must be a date YYYYMMDD: " + text);
        }
    }

    private static ObjectNode day(VenueDay day) {
        return KisJson.object()
                .put("bass_dt", KoreanTime.yyyymmdd(day.date()))
                .put("wday_dvsn_cd", weekdayCode(day.date()))
                .put("bzdy_yn", yesNo(day.businessDay()))
                .put("tr_day_yn", yesNo(day.tradingDay()))
                .put("opnd_yn", yesNo(day.marketOpen()))
                .put("sttl_day_yn", yesNo(day.settlementDay()));
    }

    /** 요일구분코드: 01 Sunday, 02 Monday … 07 Saturday. */
    static String weekdayCode(LocalDate date) {
        return "0" + (date.getDayOfWeek().getValue() % 7 + 1);
    }

    private static String yesNo(boolean value) {
        return value ? "Y" : "N";
    }
}
