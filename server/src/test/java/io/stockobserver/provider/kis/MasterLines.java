package io.stockobserver.provider.kis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Assembles master-file lines to the published layout for tests: head = code (9 bytes) + standard code (12 bytes) +
 * name (40 bytes in MS949, space-padded, as in the real files), then the fixed-width tail built from field values
 * and the width list. The width lists and field indexes are copied here from KIS_API_FACTS §8 independently of
 * the production {@code MasterLayout}, so a slip in either shows up as a failing test.
 */
final class MasterLines {

    static final Charset MS949 = Charset.forName("MS949");

    /** KIS_API_FACTS §8, KOSPI: 70 fields, 227 characters. */
    static final int[] KOSPI_WIDTHS = {
        2, 1, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 5, 5, 1, 1, 1,
        2, 1, 1, 1, 2, 2, 2, 3, 1, 3, 12, 12, 8, 15, 21, 2, 7, 1, 1, 1, 1, 1, 9, 9, 9, 5, 9, 8, 9, 3, 1, 1, 1
    };

    /** KIS_API_FACTS §8, KOSDAQ: 64 fields, 221 characters. */
    static final int[] KOSDAQ_WIDTHS = {
        2, 1, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 5, 5, 1, 1, 1, 2, 1, 1, 1, 2,
        2, 2, 3, 1, 3, 12, 12, 8, 15, 21, 2, 7, 1, 1, 1, 1, 9, 9, 9, 5, 9, 8, 9, 3, 1, 1, 1
    };

    private final MasterMarket market;
    private final int[] widths;
    private final String[] fields;
    private String code = "005930";
    private String standardCode = "KR7005930003";
    private String name = "삼성전자";

    private MasterLines(MasterMarket market) {
        this.market = market;
        this.widths = market == MasterMarket.KOSPI ? KOSPI_WIDTHS : KOSDAQ_WIDTHS;
        this.fields = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            fields[i] = widths[i] == 1 ? "N" : "0".repeat(widths[i]);
        }
        group("ST").marketWarning("00").preferred('0').listingDate("19750611");
    }

    /** An ordinary KOSPI common stock: ST, base price 71,500, nothing flagged. */
    static MasterLines kospi() {
        return new MasterLines(MasterMarket.KOSPI).basePrice(71_500).listedSharesThousands(5_969_782);
    }

    /** An ordinary KOSDAQ common stock: ST, base price 71,500, nothing flagged. */
    static MasterLines kosdaq() {
        return new MasterLines(MasterMarket.KOSDAQ).basePrice(71_500).listedSharesThousands(97_830);
    }

    MasterLines code(String value) {
        code = value;
        standardCode = "KR7" + value + "003";
        return this;
    }

    MasterLines name(String value) {
        name = value;
        return this;
    }

    MasterLines group(String value) {
        return set(0, value);
    }

    MasterLines spac(boolean value) {
        return set(kospi(19, 14), value ? "Y" : "N");
    }

    MasterLines basePrice(long value) {
        return number(kospi(31, 26), value);
    }

    MasterLines halted(boolean value) {
        return set(kospi(34, 29), value ? "Y" : "N");
    }

    MasterLines administrative(boolean value) {
        return set(kospi(36, 31), value ? "Y" : "N");
    }

    MasterLines marketWarning(String value) {
        return set(kospi(37, 32), value);
    }

    MasterLines previousVolume(long value) {
        return number(kospi(47, 42), value);
    }

    MasterLines parValue(long value) {
        return number(kospi(48, 43), value);
    }

    MasterLines listingDate(String yyyymmdd) {
        return set(kospi(49, 44), yyyymmdd);
    }

    MasterLines listedSharesThousands(long value) {
        return number(kospi(50, 45), value);
    }

    MasterLines preferred(char value) {
        return set(kospi(54, 49), String.valueOf(value));
    }

    MasterLines marketCap(long value) {
        return number(kospi(65, 59), value);
    }

    /** Sets tail field {@code index} to {@code value}, which must have exactly the field's width. */
    MasterLines set(int index, String value) {
        if (value.length() != widths[index]) {
            throw new IllegalArgumentException("field " + index + " is " + widths[index] + " wide: '" + value + "'");
        }
        fields[index] = value;
        return this;
    }

    /** The tail alone: the fields in order. */
    String tail() {
        return String.join("", fields);
    }

    /** The whole line, without a line end. */
    String line() {
        return pad(code, 9) + pad(standardCode, 12) + padBytes(name, 40) + tail();
    }

    /** Lines joined by LF, with a final LF, encoded as MS949: a {@code .mst} file. */
    static byte[] mst(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(MS949);
    }

    /** A zip holding {@code content} as {@code entryName}, like the KIS download. */
    static byte[] zip(String entryName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The MS949 .mst file of {@code lines} zipped as the market's download. */
    static byte[] masterZip(MasterMarket market, List<String> lines) {
        return zip(market.entryName(), mst(lines.toArray(String[]::new)));
    }

    private int kospi(int kospiIndex, int kosdaqIndex) {
        return market == MasterMarket.KOSPI ? kospiIndex : kosdaqIndex;
    }

    private MasterLines number(int index, long value) {
        String digits = Long.toString(value);
        return set(index, "0".repeat(Math.max(0, widths[index] - digits.length())) + digits);
    }

    private static String pad(String value, int width) {
        return value + " ".repeat(Math.max(0, width - value.length()));
    }

    /** Pads with spaces to {@code bytes} bytes of MS949, as the real head pads the 40-byte name. */
    private static String padBytes(String value, int bytes) {
        int used = value.getBytes(MS949).length;
        return value + " ".repeat(Math.max(0, bytes - used));
    }

    @Override
    public String toString() {
        return market + " " + code + " " + Arrays.toString(fields);
    }
}
