package io.stockobserver.provider.kis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MasterFileParserTest {

    @Test
    void shouldReadTheCodesAndTheCp949KoreanNameFromTheHead() {
        byte[] mst =
                MasterLines.mst(MasterLines.kospi().code("005930").name("삼성전자").line());

        MasterFile file = MasterFileParser.parse(mst, MasterMarket.KOSPI);

        assertThat(file.errors()).isEmpty();
        MasterRecord samsung = file.records().get(0);
        assertThat(samsung.code()).isEqualTo("005930");
        assertThat(samsung.standardCode()).isEqualTo("KR7005930003");
        assertThat(samsung.name()).isEqualTo("삼성전자");
        assertThat(samsung.market()).isEqualTo(MasterMarket.KOSPI);
    }

    @Test
    void shouldReadEveryKospiFieldAtItsPublishedOffset() {
        String line = MasterLines.kospi()
                .code("005935")
                .name("삼성전자우")
                .group("ST")
                .basePrice(58_300)
                .halted(true)
                .administrative(true)
                .marketWarning("02")
                .listedSharesThousands(815_974)
                .previousVolume(1_234_567)
                .parValue(100)
                .listingDate("19890925")
                .marketCap(475_713)
                .preferred('1')
                .spac(true)
                .line();

        MasterRecord r =
                MasterFileParser.parseText(line, MasterMarket.KOSPI).records().get(0);

        assertThat(r)
                .isEqualTo(new MasterRecord(
                        "005935",
                        "KR7005935003",
                        "삼성전자우",
                        MasterMarket.KOSPI,
                        "ST",
                        58_300,
                        true,
                        true,
                        "02",
                        815_974,
                        1_234_567,
                        100,
                        Optional.of(LocalDate.of(1989, 9, 25)),
                        475_713,
                        PreferredType.OLD_STYLE,
                        true));
        assertThat(r.listedShares()).isEqualTo(815_974_000L);
        assertThat(r.isPreferred()).isTrue();
    }

    @Test
    void shouldReadEveryKosdaqFieldAtItsPublishedOffset() {
        String line = MasterLines.kosdaq()
                .code("247540")
                .name("에코프로비엠")
                .group("ST")
                .basePrice(103_900)
                .halted(true)
                .administrative(true)
                .marketWarning("03")
                .listedSharesThousands(97_830)
                .previousVolume(378_726)
                .parValue(500)
                .listingDate("20190305")
                .marketCap(101_645)
                .preferred('2')
                .spac(true)
                .line();

        MasterRecord r =
                MasterFileParser.parseText(line, MasterMarket.KOSDAQ).records().get(0);

        assertThat(r)
                .isEqualTo(new MasterRecord(
                        "247540",
                        "KR7247540003",
                        "에코프로비엠",
                        MasterMarket.KOSDAQ,
                        "ST",
                        103_900,
                        true,
                        true,
                        "03",
                        97_830,
                        378_726,
                        500,
                        Optional.of(LocalDate.of(2019, 3, 5)),
                        101_645,
                        PreferredType.NEW_STYLE,
                        true));
    }

    @Test
    void shouldReadAKospiLineAsTheOfficialParserDoesByTakingTheLast227Characters() {
        MasterLines kospi = MasterLines.kospi();
        String line = kospi.line();

        MasterRecord r =
                MasterFileParser.parseText(line, MasterMarket.KOSPI).records().get(0);

        assertThat(kospi.tail()).hasSize(227);
        assertThat(MasterMarket.KOSPI.tailLength()).isEqualTo(227);
        assertThat(MasterMarket.KOSDAQ.tailLength()).isEqualTo(221);
        assertThat(line.substring(0, line.length() - 227).strip()).endsWith("삼성전자");
        assertThat(r.groupCode()).isEqualTo("ST");
    }

    @Test
    void shouldParseTheZipAsDownloaded() throws Exception {
        byte[] zip = MasterLines.masterZip(
                MasterMarket.KOSDAQ,
                List.of(
                        MasterLines.kosdaq().code("247540").name("에코프로비엠").line(),
                        MasterLines.kosdaq().code("091990").name("셀트리온헬스케어").line()));

        MasterFile file = MasterFileParser.parseZip(zip, MasterMarket.KOSDAQ);

        assertThat(file.market()).isEqualTo(MasterMarket.KOSDAQ);
        assertThat(file.records()).extracting(MasterRecord::name).containsExactly("에코프로비엠", "셀트리온헬스케어");
        assertThat(file.errors()).isEmpty();
    }

    @Test
    void shouldReadLinesInTheLayoutOfRealMasterFiles() {
        // Lines quoted, byte for byte, as taken from the 2026 KIS master files in a third-party public project
        // (gong-yeongbin/my-trading, plan document for internal/kis/master_test.go); the market cap is the base
        // price times the listed shares, which confirms the offsets and that 상장주수 is in thousands.
        String samsung = "005930   KR7005930003삼성전자                                ST1002700130000 NN5YYY YYNN"
                + "NNNNN0NNNNNNNY0002690000000100001NNN00NNN000000020Y0900000225170760000000001001975061100000000"
                + "584627800000000077804668500012       0 NYY00305372900146725200153268211884000031.3920260630"
                + "015726489511NNN";
        String krMotors = "000040   KR7000040006KR모터스                                ST3002700150000 NN0NNN NNN"
                + "NNNNNN0NNNNNNNN0000011510000100001NNY00NNN000000100N090000000029995000000002500197605250000000000"
                + "1967500000000004918759000012       0 NNY000000289-0000000200000028300289000054.8320260630000000226"
                + "   NNN";
        String spac = "0004Y0   KR70004Y0000디비금융제14호스팩                      ST3101400000000 NN N    Y  0  N "
                + "   N0000019880000100001NNN00NNN000000100N0900000000042230000000001002025072200000000000531500000000"
                + "000053150000012       0 NN0000000000000000000000000000000000000000020241231000000105   NNN";

        MasterFile kospi = MasterFileParser.parse(MasterLines.mst(samsung, krMotors), MasterMarket.KOSPI);
        MasterFile kosdaq = MasterFileParser.parse(MasterLines.mst(spac), MasterMarket.KOSDAQ);

        assertThat(kospi.errors()).isEmpty();
        assertThat(kosdaq.errors()).isEmpty();
        assertThat(kospi.records().get(0))
                .isEqualTo(new MasterRecord(
                        "005930",
                        "KR7005930003",
                        "삼성전자",
                        MasterMarket.KOSPI,
                        "ST",
                        269_000,
                        false,
                        false,
                        "00",
                        5_846_278,
                        22_517_076,
                        100,
                        Optional.of(LocalDate.of(1975, 6, 11)),
                        15_726_489,
                        PreferredType.COMMON,
                        false));
        MasterRecord motors = kospi.records().get(1);
        assertThat(motors.name()).isEqualTo("KR모터스");
        assertThat(motors.administrative()).isTrue();
        assertThat(motors.basePrice()).isEqualTo(1151);
        MasterRecord dbSpac = kosdaq.records().get(0);
        assertThat(dbSpac.code()).isEqualTo("0004Y0");
        assertThat(dbSpac.name()).isEqualTo("디비금융제14호스팩");
        assertThat(dbSpac.spac()).isTrue();
        assertThat(dbSpac.basePrice()).isEqualTo(1988);
        assertThat(dbSpac.listingDate()).contains(LocalDate.of(2025, 7, 22));
    }

    @Test
    void shouldCollectMalformedLinesWithLineNumberAndReasonAndGoOn() {
        String good = MasterLines.kospi().code("005930").line();
        String tooShort = "005930   KR7005930003삼성전자";
        String letterInPrice =
                MasterLines.kospi().code("000660").set(31, "0001234A5").line();
        String badFlag = MasterLines.kospi().code("035420").set(34, "X").line();
        String badGroup = MasterLines.kospi().code("051910").group("  ").line();
        String badDate =
                MasterLines.kospi().code("068270").listingDate("20261399").line();
        String alsoGood = MasterLines.kospi().code("207940").line();

        MasterFile file = MasterFileParser.parse(
                MasterLines.mst(good, tooShort, letterInPrice, badFlag, badGroup, badDate, alsoGood),
                MasterMarket.KOSPI);

        assertThat(file.records()).extracting(MasterRecord::code).containsExactly("005930", "207940");
        assertThat(file.errors()).extracting(MasterParseError::lineNumber).containsExactly(2, 3, 4, 5, 6);
        assertThat(file.errors().get(0).reason()).contains("line too short").contains("249");
        assertThat(file.errors().get(0).rawLine()).isEqualTo(tooShort);
        assertThat(file.errors().get(1).reason()).isEqualTo("기준가 (BASE_PRICE) must be a number but was '0001234A5'");
        assertThat(file.errors().get(2).reason()).isEqualTo("거래정지 (HALTED) must be Y, N or blank but was 'X'");
        assertThat(file.errors().get(3).reason()).contains("그룹코드 (GROUP_CODE)");
        assertThat(file.errors().get(4).reason())
                .contains("상장일자 (LISTING_DATE)")
                .contains("20261399");
        assertThat(file.errors().get(1).rawLine()).isEqualTo(letterInPrice);
    }

    @Test
    void shouldCollectALineThatIsNotValidMs949() throws Exception {
        String tail = MasterLines.kospi().tail();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(MasterLines.mst(MasterLines.kospi().code("005930").line()));
        bytes.write("000660   KR7000660001".getBytes(MasterLines.MS949));
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write((" ".repeat(38) + tail + "\n").getBytes(MasterLines.MS949));

        MasterFile file = MasterFileParser.parse(bytes.toByteArray(), MasterMarket.KOSPI);

        assertThat(file.records()).extracting(MasterRecord::code).containsExactly("005930");
        assertThat(file.errors()).singleElement().satisfies(error -> {
            assertThat(error.lineNumber()).isEqualTo(2);
            assertThat(error.reason()).contains("MS949");
            assertThat(error.rawLine()).startsWith("000660   KR7000660001").contains("\uFFFD");
        });
    }

    @Test
    void shouldAcceptCrLfLineEndsAndSkipEmptyLines() {
        String text = MasterLines.kospi().code("005930").line() + "\r\n\r\n"
                + MasterLines.kospi().code("000660").line() + "\r\n";

        MasterFile fromBytes = MasterFileParser.parse(text.getBytes(MasterLines.MS949), MasterMarket.KOSPI);
        MasterFile fromText = MasterFileParser.parseText(text, MasterMarket.KOSPI);

        assertThat(fromBytes.errors()).isEmpty();
        assertThat(fromBytes.records()).extracting(MasterRecord::code).containsExactly("005930", "000660");
        assertThat(fromText).isEqualTo(fromBytes);
    }

    @Test
    void shouldReadBlankFlagsAsNotSetAsTheRealFilesLeaveUnusedFlagsBlank() {
        String line = MasterLines.kospi()
                .set(34, " ")
                .set(36, " ")
                .set(19, " ")
                .set(54, " ")
                .set(37, "  ")
                .line();

        MasterRecord r =
                MasterFileParser.parseText(line, MasterMarket.KOSPI).records().get(0);

        assertThat(r.halted()).isFalse();
        assertThat(r.administrative()).isFalse();
        assertThat(r.spac()).isFalse();
        assertThat(r.preferred()).isEqualTo(PreferredType.COMMON);
        assertThat(r.marketWarning()).isEmpty();
    }

    @Test
    void shouldLeaveOutAListingDateOfZeros() {
        String line = MasterLines.kospi().listingDate("00000000").line();

        assertThat(MasterFileParser.parseText(line, MasterMarket.KOSPI)
                        .records()
                        .get(0)
                        .listingDate())
                .isEmpty();
    }

    @Test
    void shouldReadANameThatFillsAllFortyBytes() {
        String name = "가나다라마바사아자차카타파하거너더러머버";
        String line = MasterLines.kosdaq().name(name).line();

        MasterRecord r =
                MasterFileParser.parseText(line, MasterMarket.KOSDAQ).records().get(0);

        assertThat(name.getBytes(MasterLines.MS949)).hasSize(40);
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.groupCode()).isEqualTo("ST");
    }

    @Test
    void shouldRejectAZipWithoutAMasterFile() {
        byte[] zip = MasterLines.zip("readme.txt", "no master here".getBytes(MasterLines.MS949));

        assertThatThrownBy(() -> MasterFileParser.parseZip(zip, MasterMarket.KOSPI))
                .isInstanceOf(MasterFileException.class)
                .hasMessageContaining("no .mst entry");
    }

    @Test
    void shouldRejectBytesThatAreNotAZip() {
        byte[] notZip = "<html>503 Service Unavailable</html>".getBytes(MasterLines.MS949);

        assertThatThrownBy(() -> MasterFileParser.parseZip(notZip, MasterMarket.KOSDAQ))
                .isInstanceOf(MasterFileException.class)
                .hasMessageContaining("KOSDAQ");
    }

    @Test
    void shouldReadAMasterFileWithTheSameDataWhetherZippedOrNot() throws Exception {
        List<String> lines = List.of(MasterLines.kospi().line(), "garbage");

        MasterFile zipped =
                MasterFileParser.parseZip(MasterLines.masterZip(MasterMarket.KOSPI, lines), MasterMarket.KOSPI);
        MasterFile plain = MasterFileParser.parse(MasterLines.mst(lines.toArray(String[]::new)), MasterMarket.KOSPI);

        assertThat(zipped).isEqualTo(plain);
        assertThat(zipped.errors()).hasSize(1);
    }
}
