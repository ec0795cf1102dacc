package io.stockobserver.console.backup;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one file of a package into {@code {file}.part} and, once the part has every byte, moves it to its final
 * name. An existing part is resumed with {@code Range: bytes={length}-} and {@code If-Range}: 206 appends, 200 (the
 * file changed) starts over, 416 on a complete part means there is nothing left to fetch. The body is streamed to
 * disk chunk by chunk, never held in memory.
 *
 * <p>Design note: the part survives every failure (cut connection, interruption) so the next pull resumes it, and
 * the final name only ever holds a file with the manifest's size; its SHA-256 is checked by the caller.
 */
final class FileFetcher {
    /** What happens to a download, for the pull log and the progress. */
    interface Observer {
        /** An existing part of {@code from} bytes is kept; the rest is fetched (nothing when it is complete). */
        default void resumed(long from) throws IOException {}

        /** An existing part of {@code discarded} bytes was thrown away and the file starts over. */
        default void restarted(long discarded, String why) throws IOException {}

        /** {@code bytes} more bytes arrived and were written. */
        default void transferred(int bytes) {}
    }

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");

    private final BackupApi api;

    FileFetcher(BackupApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Fetches {@code file} of {@code day} to {@code target}, resuming {@code target}'s part if there is one. */
    void fetch(BackupSource source, LocalDate day, ManifestFile file, Path target, Observer observer)
            throws IOException, InterruptedException {
        Files.createDirectories(target.getParent());
        Path part = BackupFolders.partOf(target);
        for (int attempt = 1; ; attempt++) {
            long have = Files.isRegularFile(part) ? Files.size(part) : 0;
            if (have > file.size()) {
                observer.restarted(have, "the part is longer than the file");
                Files.delete(part);
                have = 0;
            }
            HttpResponse<ResponseBody> r = api.file(source, day, file, have);
            try (ResponseBody body = r.body()) {
                int status = r.statusCode();
                if (status == 200) {
                    if (have > 0) {
                        observer.restarted(have, "the server sent the whole file (its ETag changed)");
                    }
                    write(body, part, 0, file, observer);
                    break;
                }
                if (status == 206 && have > 0 && rangeStartsAt(r, have, file.size())) {
                    observer.resumed(have);
                    write(body, part, have, file, observer);
                    break;
                }
                if (status == 416 && have == file.size()) {
                    observer.resumed(have);
                    break;
                }
                if ((status == 206 || status == 416) && have > 0 && attempt == 1) {
                    observer.restarted(have, "the server answered " + status + " to bytes=" + have + "-");
                    Files.delete(part);
                    continue;
                }
                throw BackupApi.refusal("GET " + file.path(), status, body);
            }
        }
        finish(part, target, file);
    }

    private static boolean rangeStartsAt(HttpResponse<?> r, long from, long size) {
        Matcher m = CONTENT_RANGE.matcher(
                r.headers().firstValue("Content-Range").orElse("").trim());
        return m.matches() && Long.parseLong(m.group(1)) == from && Long.parseLong(m.group(3)) == size;
    }

    private static void write(ResponseBody body, Path part, long from, ManifestFile file, Observer observer)
            throws IOException, InterruptedException {
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.truncate(from);
            ch.position(from);
            long length = from;
            for (List<ByteBuffer> chunk = body.next(); chunk != null; chunk = body.next()) {
                for (ByteBuffer buffer : chunk) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException("interrupted while downloading " + file.path());
                    }
                    int n = buffer.remaining();
                    if (length + n > file.size()) {
                        throw new IOException(
                                file.path() + ": the server sent more than the manifest's " + file.size() + " bytes");
                    }
                    while (buffer.hasRemaining()) {
                        ch.write(buffer);
                    }
                    length += n;
                    observer.transferred(n);
                }
            }
        }
    }

    private static void finish(Path part, Path target, ManifestFile file) throws IOException {
        long length = Files.size(part);
        if (length != file.size()) {
            throw new IOException(file.path() + ": the download ended at " + length + " of " + file.size() + " bytes");
        }
        DurableFiles.force(part);
        DurableFiles.moveAtomically(part, target);
    }
}
