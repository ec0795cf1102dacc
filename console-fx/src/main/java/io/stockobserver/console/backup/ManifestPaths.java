package io.stockobserver.console.backup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Screens the file paths a manifest lists before any of them touches the disk. The manifest comes from a server
 * we trust, but a path is still data: anything that could name a place outside the day folder (absolute paths,
 * drive letters, {@code ..}/{@code .} segments, backslashes) or clash with our own files ({@code .part},
 * {@code manifest.json}) is refused, and the resolved path must stay inside the day folder.
 */
final class ManifestPaths {
    private ManifestPaths() {}

    /** Why {@code path} is unsafe, or null when it is a plain relative path. */
    static String unsafeReason(String path) {
        if (path == null || path.isEmpty()) {
            return "empty_path";
        }
        if (path.startsWith("/")) {
            return "absolute_path";
        }
        if (path.indexOf('\\') >= 0) {
            return "backslash";
        }
        if (path.indexOf(':') >= 0) { // C:… drive letters, NTFS streams
            return "colon";
        }
        if (path.indexOf('%') >= 0) { // the server refuses it after decoding: double encoding
            return "percent_sign";
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
        if (path.endsWith(BackupFolders.PART_SUFFIX)) {
            return "part_suffix";
        }
        if (path.equals(BackupFolders.MANIFEST) || path.startsWith(BackupFolders.MANIFEST + ".")) {
            return "reserved_name";
        }
        return null;
    }

    /** {@code path} resolved in {@code dayDir}, or the reason it cannot be. */
    static Path resolve(Path dayDir, String path) throws ManifestRejectedException {
        String unsafe = unsafeReason(path);
        if (unsafe != null) {
            throw new ManifestRejectedException("unsafe file path '" + printable(path) + "' (" + unsafe + ")");
        }
        Path base = dayDir.toAbsolutePath().normalize();
        Path resolved;
        try {
            resolved = base.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw new ManifestRejectedException(
                    "file path '" + printable(path) + "' is not valid here (" + e.getReason() + ")");
        }
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw new ManifestRejectedException(
                    "file path '" + printable(path) + "' resolves outside the day folder (outside_day_folder)");
        }
        return resolved;
    }

    /** The path with control characters escaped and its length capped, for messages and logs. */
    static String printable(String path) {
        if (path == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        for (char c : path.toCharArray()) {
            b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.length() > 300 ? b.substring(0, 300) + "…" : b.toString();
    }
}
