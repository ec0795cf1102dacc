package io.stockobserver.provider.kis;

import io.stockobserver.provider.kis.MasterLineParser.MalformedLineException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Parses a KIS master file (종목정보파일, KIS_API_FACTS §8): MS949 (cp949) text, one record per line, each line a
 * head (codes, Korean name) and a fixed-width tail. Accepts the downloaded zip ({@link #parseZip}), the {@code .mst}
 * bytes inside it ({@link #parse}) or already-decoded text ({@link #parseText}).
 *
 * <p>A malformed line never stops the parse: it becomes a {@link MasterParseError} with its line number and the
 * parse goes on. Empty lines (such as after the final line end) are skipped. Lines may end in LF or CRLF. Stateless
 * and thread-safe.
 */
public final class MasterFileParser {

    /** The master files' encoding: MS949 (cp949, a superset of EUC-KR). */
    public static final Charset MS949 = Charset.forName("MS949");

    /** Larger than any real master file (about 1 MB); guards against a broken or hostile zip. */
    static final int MAX_ENTRY_BYTES = 64 * 1024 * 1024;

    private MasterFileParser() {}

    /** Parses the zip as downloaded ({@code kospi_code.mst.zip}); its {@code .mst} entry is the master file. */
    public static MasterFile parseZip(byte[] zip, MasterMarket market) throws MasterFileException {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(market, "market");
        List<String> names = new ArrayList<>();
        byte[] chosen = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.toLowerCase(Locale.ROOT).endsWith(".mst")) {
                    names.add(name);
                    byte[] content = readEntry(in, name);
                    if (chosen == null || baseName(name).equalsIgnoreCase(market.entryName())) {
                        chosen = content;
                    }
                }
            }
        } catch (IOException e) {
            throw new MasterFileException(market + " master zip is not readable: " + e.getMessage(), e);
        }
        if (chosen == null) {
            throw new MasterFileException(
                    market + " master download (" + zip.length + " bytes) is not a zip or has no .mst entry");
        }
        if (names.size() > 1 && names.stream().noneMatch(n -> baseName(n).equalsIgnoreCase(market.entryName()))) {
            throw new MasterFileException(
                    market + " master zip has several .mst entries and none is " + market.entryName() + ": " + names);
        }
        return parse(chosen, market);
    }

    /** Parses the MS949 bytes of a {@code .mst} file. */
    public static MasterFile parse(byte[] mst, MasterMarket market) {
        Objects.requireNonNull(mst, "mst");
        Objects.requireNonNull(market, "market");
        Collector collector = new Collector(market);
        CharsetDecoder strict = MS949.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lineNumber = 0;
        int start = 0;
        while (start < mst.length) {
            int end = indexOf(mst, (byte) '\n', start);
            lineNumber++;
            int contentEnd = end > start && mst[end - 1] == '\r' ? end - 1 : end;
            ByteBuffer bytes = ByteBuffer.wrap(mst, start, contentEnd - start);
            try {
                collector.line(lineNumber, strict.reset().decode(bytes).toString());
            } catch (CharacterCodingException e) {
                String shown = new String(mst, start, contentEnd - start, MS949);
                collector.error(lineNumber, "not valid MS949 (cp949) text", shown);
            }
            start = end + 1;
        }
        return collector.result();
    }

    /** Parses already-decoded master-file text. */
    public static MasterFile parseText(String text, MasterMarket market) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(market, "market");
        Collector collector = new Collector(market);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            collector.line(i + 1, line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return collector.result();
    }

    private static byte[] readEntry(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > MAX_ENTRY_BYTES) {
                throw new MasterFileException(name + " is larger than " + MAX_ENTRY_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String baseName(String entryName) {
        return entryName.substring(entryName.lastIndexOf('/') + 1);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }

    /** Gathers records and errors line by line. */
    private static final class Collector {
        private final MasterMarket market;
        private final List<MasterRecord> records = new ArrayList<>();
        private final List<MasterParseError> errors = new ArrayList<>();

        Collector(MasterMarket market) {
            this.market = market;
        }

        void line(int lineNumber, String line) {
            if (line.isEmpty()) {
                return;
            }
            try {
                records.add(MasterLineParser.parse(line, market));
            } catch (MalformedLineException e) {
                error(lineNumber, e.getMessage(), line);
            }
        }

        void error(int lineNumber, String reason, String rawLine) {
            errors.add(new MasterParseError(lineNumber, reason, rawLine));
        }

        MasterFile result() {
            return new MasterFile(market, records, errors);
        }
    }
}
