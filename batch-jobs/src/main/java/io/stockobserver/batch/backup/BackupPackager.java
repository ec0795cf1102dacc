package io.stockobserver.batch.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The work of the backup-package job, without the batch runtime: summarize one file into a partial-manifest line
 * (a file the writer still appends to — today's events or Overflow Ledger — is first copied up to its last complete
 * line into {@code backup/{YYYYMMDD}/snapshot/}, an immutable copy that is what gets packaged), and assemble the
 * manifest from the partial entries, written atomically to {@code backup/{YYYYMMDD}/manifest.json}.
 */
public final class BackupPackager {
    public static final String MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArchiveAccess access;

    public BackupPackager(ArchiveAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    public static Path dir(Path root, LocalDate day) {
        return root.resolve("backup").resolve(DayFiles.token(day));
    }

    /** The partial-manifest line of one archive file of {@code day}. */
    public String summarize(LocalDate day, String rel) throws IOException {
        Path root = access.root();
        Path src = root.resolve(rel);
        if (!Files.isRegularFile(src, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(rel + " is not a regular file");
        }
        long size = Files.size(src);
        long mtime = Files.getLastModifiedTime(src).toMillis();
        FileEntry entry;
        if (access.isOpen(rel)) {
            String snapRel = "backup/" + DayFiles.token(day) + "/snapshot/" + rel;
            snapshot(src, root.resolve(snapRel));
            entry = FileSummarizer.summarize(root.resolve(snapRel), snapRel, rel);
        } else {
            entry = FileSummarizer.summarize(src, rel, null);
        }
        return PartialManifest.line(entry, size, mtime);
    }

    /**
     * Builds the manifest from the partial entries of the day's current files (summarizing any file the partial
     * lacks), writes it atomically and removes the partial file.
     */
    public ObjectNode assemble(LocalDate day) throws IOException {
        Path root = access.root();
        Path partial = PartialManifest.path(root, DayFiles.token(day));
        Map<String, PartialManifest.Stored> stored = PartialManifest.read(partial);
        List<String> files = DayFiles.list(root, day);
        List<FileEntry> entries = new ArrayList<>();
        for (String rel : files) {
            PartialManifest.Stored s = stored.get(rel);
            if (s == null) { // appeared after the summarize step
                s = PartialManifest.parse(summarize(day, rel));
            }
            entries.add(s.entry());
        }
        ObjectNode manifest = Manifests.build(day, entries, DayEvidence.read(root, files));
        writeAtomically(dir(root, day).resolve(MANIFEST), JSON.writeValueAsBytes(manifest));
        Files.deleteIfExists(partial);
        return manifest;
    }

    /** Copies {@code src} up to and including its last newline (complete records only). */
    static void snapshot(Path src, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        long keep;
        try (FileChannel ch = FileChannel.open(src, StandardOpenOption.READ)) {
            keep = ch.size();
        }
        byte[] all;
        try (InputStream in = Files.newInputStream(src)) {
            all = in.readNBytes((int) Math.min(keep, Integer.MAX_VALUE));
        }
        int end = all.length;
        while (end > 0 && all[end - 1] != '\n') {
            end--;
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(all, 0, end);
        }
        force(tmp);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        force(tmp);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        force(target.getParent());
    }

    private static void force(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    /** The fields of a {@code backup_packaged} event. */
    public static Map<String, Object> packagedEvent(ObjectNode manifest) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("day", manifest.path("day").asText());
        f.put("file_count", manifest.path("file_count").asLong());
        f.put("total_bytes", manifest.path("total_bytes").asLong());
        f.put("gap_count", manifest.path("gap_count").asLong());
        f.put("anomalous", manifest.path("anomaly").path("anomalous").asBoolean());
        f.put(Manifests.HASH_FIELD, manifest.path(Manifests.HASH_FIELD).asText());
        return f;
    }
}
