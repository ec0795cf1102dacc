package io.stockobserver.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.ListingKind;
import io.stockobserver.sandbox.market.MarketKind;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.market.SymbolInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the master files as a client following the official parsers would: MS949, last 227/221 characters. */
class MasterFileEndpointTest {

    private static final Charset MS949 = Charset.forName("MS949");
    private static final String KOSPI_PATH = "/common/master/kospi_code.mst.zip";
    private static final String KOSDAQ_PATH = "/common/master/kosdaq_code.mst.zip";

    /** The published KOSPI widths (KIS facts §8), and the names of the fields read here by position. */
    private static final int[] KOSPI_WIDTHS = {
        2, 1, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 5, 5, 1, 1, 1,
        2, 1, 1, 1, 2, 2, 2, 3, 1, 3, 12, 12, 8, 15, 21, 2, 7, 1, 1, 1, 1, 1, 9, 9, 9, 5, 9, 8, 9, 3, 1, 1, 1
    };

    private static final int[] KOSDAQ_WIDTHS = {
        2, 1, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 5, 5, 1, 1, 1, 2, 1, 1, 1, 2,
        2, 2, 3, 1, 3, 12, 12, 8, 15, 21, 2, 7, 1, 1, 1, 1, 9, 9, 9, 5, 9, 8, 9, 3, 1, 1, 1
    };
    private static final Map<String, Integer> KOSPI_FIELDS =
            fields(0, 1, 12, 31, 34, 36, 37, 44, 47, 48, 49, 50, 51, 65);
    private static final Map<String, Integer> KOSDAQ_FIELDS =
            fields(0, 1, 8, 26, 29, 31, 32, 39, 42, 43, 44, 45, 46, 59);

    private static KisSandbox sandbox;
    private static HttpResponse<byte[]> kospiResponse;
    private static List<String> kospi;
    private static List<String> kosdaq;

    @BeforeAll
    static void download() throws IOException {
        sandbox = KisSandbox.start(SandboxOptions.builder().seed(42).build());
        KisRestClient client = new KisRestClient(sandbox.restBaseUrl());
        kospiResponse = client.download(KOSPI_PATH);
        kospi = lines(unzip(kospiResponse.body(), "kospi_code.mst"));
        kosdaq = lines(unzip(client.download(KOSDAQ_PATH).body(), "kosdaq_code.mst"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void shouldServeEachFileZippedWithoutAnyAuthentication() {
        assertThat(kospiResponse.statusCode()).isEqualTo(200);
        assertThat(kospiResponse.headers().firstValue("content-type")).contains("application/zip");
        assertThat(sandbox.stats().masterFilesServed()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldListEveryListingOfEachMarketOnceInCodeOrder() {
        List<SymbolInfo> symbols = sandbox.market().symbols();

        assertThat(kospi.stream().map(MasterFileEndpointTest::code).toList())
                .isEqualTo(codes(symbols, MarketKind.KOSPI));
        assertThat(kosdaq.stream().map(MasterFileEndpointTest::code).toList())
                .isEqualTo(codes(symbols, MarketKind.KOSDAQ));
        assertThat(kospi.size() + kosdaq.size()).isEqualTo(symbols.size());
    }

    @Test
    void shouldLayOutTheHeadInBytesAndTheTailInCharactersAsTheOfficialParsersRead() {
        for (String line : kospi.subList(0, 50)) {
            byte[] bytes = line.getBytes(MS949);
            assertThat(bytes).hasSize(9 + 12 + 40 + 227);
            assertThat(new String(bytes, 0, 9, MS949)).matches("\\d{6}   ");
            assertThat(new String(bytes, 9, 12, MS949)).matches("KR7\\d{6}00\\d");
            assertThat(line.substring(line.length() - 227)).isEqualTo(new String(bytes, 61, 227, MS949));
        }
        assertThat(kosdaq).allSatisfy(line -> assertThat(line.getBytes(MS949)).hasSize(61 + 221));
    }

    @Test
    void shouldRoundTripTheKoreanNames() {
        MarketModel market = sandbox.market();
        assertThat(kospi).anySatisfy(line -> assertThat(line).startsWith("005930   KR7005930003삼성전자    "));
        for (List<String> file : List.of(kospi, kosdaq)) {
            for (String line : file) {
                int tail = file == kospi ? 227 : 221;
                String name = line.substring(21, line.length() - tail).strip();
                assertThat(name)
                        .isEqualTo(market.symbol(code(line)).orElseThrow().name());
            }
        }
    }

    @Test
    void shouldFillTheTailFromTheModel() {
        MarketModel market = sandbox.market();
        for (String line : kospi) {
            checkTail(market, line, tail(line, KOSPI_WIDTHS, KOSPI_FIELDS));
        }
        for (String line : kosdaq) {
            checkTail(market, line, tail(line, KOSDAQ_WIDTHS, KOSDAQ_FIELDS));
        }
    }

    @Test
    void shouldMarkAHaltedListingAndAgreeWithInquirePrice() {
        SymbolInfo halted = sandbox.market().symbols().stream()
                .filter(SymbolInfo::halted)
                .findFirst()
                .orElseThrow();
        List<String> file = halted.market() == MarketKind.KOSPI ? kospi : kosdaq;
        Map<String, String> tail = halted.market() == MarketKind.KOSPI
                ? tail(line(file, halted.code()), KOSPI_WIDTHS, KOSPI_FIELDS)
                : tail(line(file, halted.code()), KOSDAQ_WIDTHS, KOSDAQ_FIELDS);

        assertThat(tail.get("거래정지")).isEqualTo("Y");
        assertThat(kospi.stream()
                        .filter(line -> tail(line, KOSPI_WIDTHS, KOSPI_FIELDS)
                                .get("거래정지")
                                .equals("N"))
                        .count())
                .isGreaterThan(kospi.size() - 40);
        KisRestClient client = new KisRestClient(sandbox.restBaseUrl());
        String token = client.accessToken(KisRestClient.APPKEY);
        String base = KisRestClient.json(client.inquirePrice(token, halted.code()))
                .get("output")
                .get("stck_sdpr")
                .asText();
        assertThat(Long.parseLong(tail.get("기준가"))).isEqualTo(Long.parseLong(base));
    }

    @Test
    void shouldListEtfsAndReitsBesideStocksSoAFilterOnStMatters() {
        List<Map<String, String>> tails = kospi.stream()
                .map(line -> tail(line, KOSPI_WIDTHS, KOSPI_FIELDS))
                .toList();
        long etfs = tails.stream().filter(t -> t.get("그룹코드").equals("EF")).count();
        long reits = tails.stream().filter(t -> t.get("그룹코드").equals("RT")).count();
        int all = kospi.size() + kosdaq.size();

        assertThat(etfs).isBetween(all * 3L / 100, all * 7L / 100);
        assertThat(reits).isPositive();
        assertThat(tails).filteredOn(t -> t.get("그룹코드").equals("EF")).allSatisfy(etf -> {
            assertThat(etf.get("ETP")).isEqualTo("Y");
            assertThat(etf.get("시가총액규모")).isEqualTo("0");
        });
        String etfLine = kospi.stream()
                .filter(line ->
                        tail(line, KOSPI_WIDTHS, KOSPI_FIELDS).get("그룹코드").equals("EF"))
                .findFirst()
                .orElseThrow();
        SymbolInfo etf = sandbox.market().symbol(code(etfLine)).orElseThrow();
        assertThat(etf.kind()).isEqualTo(ListingKind.ETF);
        assertThat(etfLine.substring(21, etfLine.length() - 227).strip())
                .isEqualTo(etf.name())
                .contains(" ");
        assertThat(kosdaq).allSatisfy(line -> assertThat(line.substring(line.length() - 221, line.length() - 219))
                .isEqualTo("ST"));
    }

    private static void checkTail(MarketModel market, String line, Map<String, String> tail) {
        SymbolInfo info = market.symbol(code(line)).orElseThrow();
        QuoteSnapshot quote = market.quote(info.code());
        assertThat(tail.get("그룹코드")).as(line).isEqualTo(info.kind().groupCode());
        assertThat(tail.get("기준가")).as(line).isEqualTo(String.format("%09d", quote.basePrice()));
        assertThat(tail.get("거래정지")).isEqualTo(info.halted() ? "Y" : "N");
        assertThat(tail.get("관리종목")).isEqualTo(info.reference().administrativeIssue() ? "Y" : "N");
        assertThat(tail.get("시장경고")).isEqualTo(info.reference().marketWarning().code());
        assertThat(tail.get("증거금비율"))
                .isEqualTo(String.format("%03d", info.reference().marginRatePercent()));
        assertThat(tail.get("전일거래량")).isEqualTo(String.format("%012d", quote.previousVolume()));
        assertThat(tail.get("액면가")).isEqualTo(String.format("%012d", info.parValue()));
        assertThat(tail.get("상장일자"))
                .isEqualTo(KoreanTime.yyyymmdd(info.reference().listingDate()));
        assertThat(tail.get("상장주수")).isEqualTo(String.format("%015d", info.listedShares() / 1_000));
        assertThat(tail.get("자본금")).isEqualTo(String.format("%021d", info.listedShares() * info.parValue()));
        assertThat(Long.parseLong(tail.get("시가총액")))
                .isEqualTo(Math.round(quote.basePrice() * (double) info.listedShares() / 1e8));
    }

    private static Map<String, Integer> fields(int... positions) {
        String[] names = {
            "그룹코드", "시가총액규모", "ETP", "기준가", "거래정지", "관리종목", "시장경고", "증거금비율", "전일거래량", "액면가", "상장일자", "상장주수", "자본금",
            "시가총액"
        };
        Map<String, Integer> fields = new LinkedHashMap<>();
        for (int i = 0; i < positions.length; i++) {
            fields.put(names[i], positions[i]);
        }
        return fields;
    }

    private static Map<String, String> tail(String line, int[] widths, Map<String, Integer> fields) {
        int length = Arrays.stream(widths).sum();
        String tail = line.substring(line.length() - length);
        List<String> values = new ArrayList<>();
        int at = 0;
        for (int width : widths) {
            values.add(tail.substring(at, at + width));
            at += width;
        }
        Map<String, String> named = new HashMap<>();
        fields.forEach((name, index) -> named.put(name, values.get(index)));
        return named;
    }

    private static String line(List<String> file, String code) {
        return file.stream().filter(line -> code(line).equals(code)).findFirst().orElseThrow();
    }

    private static String code(String line) {
        return line.substring(0, 9).strip();
    }

    private static List<String> codes(List<SymbolInfo> symbols, MarketKind market) {
        return symbols.stream()
                .filter(info -> info.market() == market)
                .map(SymbolInfo::code)
                .toList();
    }

    private static String unzip(byte[] zip, String expectedEntry) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry).isNotNull();
            assertThat(entry.getName()).isEqualTo(expectedEntry);
            byte[] content = in.readAllBytes();
            assertThat(in.getNextEntry()).isNull();
            return new String(content, MS949);
        }
    }

    private static List<String> lines(String text) {
        assertThat(text).endsWith("\n");
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }
}
