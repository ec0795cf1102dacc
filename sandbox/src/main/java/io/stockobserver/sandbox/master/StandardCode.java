package io.stockobserver.sandbox.master;

/**
 * The 12-character 표준코드 (ISIN) of a KRX listing: "KR7", the 6-digit short code, "00" and the ISIN check digit,
 * as in KR7005930003 (삼성전자).
 */
final class StandardCode {

    private static final int LETTER_BASE = 10;

    private StandardCode() {}

    /** Returns the standard code of a 6-digit short code. */
    static String of(String shortCode) {
        String body = "KR7" + shortCode + "00";
        return body + checkDigit(body);
    }

    /** Returns the ISIN check digit: letters become 10..35, then the Luhn rule over the resulting digits. */
    static int checkDigit(String body) {
        StringBuilder digits = new StringBuilder();
        for (char c : body.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(c - 'A' + LETTER_BASE);
            } else {
                throw new IllegalArgumentException("not an ISIN character: " + c);
            }
        }
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
