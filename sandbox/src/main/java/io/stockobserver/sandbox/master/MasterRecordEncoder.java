package io.stockobserver.sandbox.master;

import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.market.SymbolInfo;
import java.nio.charset.Charset;

/**
 * Writes one master record: the short code left-aligned in 9 characters, the 12-character standard code, the Korean
 * name space-padded to 40 cp949 bytes (SZ_KORNAME of the official C header), the fixed-width tail, and '\n'.
 */
final class MasterRecordEncoder {

    /** The files' encoding: cp949 (MS949), a superset of EUC-KR. */
    static final Charset CP949 = Charset.forName("MS949");

    private static final int CODE_WIDTH = 9;
    private static final int NAME_BYTES = 40;

    private MasterRecordEncoder() {}

    /** Returns the record of a listing as text, newline included; encode it with {@link #CP949}. */
    static String line(MasterLayout layout, SymbolInfo info, QuoteSnapshot quote, int rank) {
        return FixedWidth.text(info.code(), CODE_WIDTH)
                + StandardCode.of(info.code())
                + paddedName(info.name())
                + MasterTailValues.of(layout, info, quote, rank)
                + "\n";
    }

    /** Returns the name padded with spaces to 40 cp949 bytes, cut at a character boundary if it is longer. */
    static String paddedName(String name) {
        StringBuilder fitted = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(CP949).length;
            if (bytes + size > NAME_BYTES) {
                break;
            }
            fitted.append(character);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return fitted + " ".repeat(NAME_BYTES - bytes);
    }
}
