package io.stockobserver.api;

/**
 * One byte range of an HTTP {@code Range: bytes=…} header (RFC 9110 §14): {@code a-b}, {@code a-} or the suffix
 * {@code -n}. Several ranges, other units or a malformed header are ignored (the whole file is sent: allowed by the
 * RFC); a range that starts past the end is {@link #UNSATISFIABLE}.
 */
record ByteRange(long from, long length) {
    static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    /** The range, null for "send it all", or {@link #UNSATISFIABLE}. */
    static ByteRange parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return null;
        }
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            if (a.isEmpty()) { // suffix: the last n bytes
                long n = Long.parseLong(b);
                if (n <= 0) {
                    return UNSATISFIABLE;
                }
                long len = Math.min(n, size);
                return len == 0 ? UNSATISFIABLE : new ByteRange(size - len, len);
            }
            long from = Long.parseLong(a);
            long to = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
            if (from >= size || from < 0) {
                return UNSATISFIABLE;
            }
            if (to < from) {
                return null;
            }
            return new ByteRange(from, to - from + 1);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
