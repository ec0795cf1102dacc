package io.stockobserver.api;

/**
 * First line of defence for a requested package path, before it is even looked up in the manifest: anything that
 * could name a place outside the archive is refused — absolute paths, {@code ..} or {@code .} segments (also when
 * they arrived percent-encoded: the path is already decoded here), backslashes, empty segments, control characters
 * and a {@code %} left after decoding (double encoding).
 */
final class PackagePaths {
    private PackagePaths() {}

    /** Why {@code path} is unsafe, or null when it is a plain relative path. */
    static String unsafeReason(String path) {
        if (path == null || path.isEmpty()) {
            return "empty_path";
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return "absolute_path";
        }
        if (path.indexOf('\\') >= 0) {
            return "backslash";
        }
        if (path.indexOf('%') >= 0) {
            return "encoded_characters";
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                return "control_character";
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return "dot_segment";
            }
            if (segment.isEmpty()) {
                return "empty_segment";
            }
        }
        return null;
    }

    /** The path with control characters escaped, for logs. */
    static String printable(String path) {
        if (path == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        for (char c : path.toCharArray()) {
            b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : c);
        }
        return b.length() > 300 ? b.substring(0, 300) + "…" : b.toString();
    }
}
