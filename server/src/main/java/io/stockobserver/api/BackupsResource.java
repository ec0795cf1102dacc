package io.stockobserver.api;

import static io.stockobserver.api.ApiErrors.error;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.backup.BackupService;
import io.stockobserver.batch.backup.DayFiles;
import io.stockobserver.batch.backup.Manifests;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The backup pull for the operator's PC (role {@code backup}, read-only apart from the acknowledgement): the days
 * and their state, a day's manifest, its files with HTTP Range (resume) and strong ETags (the SHA-256), and the
 * acknowledgement that writes {@code SUCCESS.marker}. Only paths the day's manifest lists can be downloaded, so
 * nothing outside the package — let alone outside the archive — is reachable; every refusal is logged and recorded.
 */
@Path("/backups")
@RequestScoped
public class BackupsResource {
    private static final Logger LOG = Logger.getLogger(BackupsResource.class.getName());

    @Inject
    BackupService backups;

    @Inject
    ArchiveService archive;

    @Inject
    VenueProfile venue;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Backup days", description = "Every day with a package: packaged, acknowledged, hash.")
    @APIResponse(responseCode = "200", description = "The days, newest first")
    public Map<String, Object> days() throws IOException {
        java.nio.file.Path dir = archive.layout().root().resolve("backup");
        TreeSet<String> days = new TreeSet<>(java.util.Comparator.reverseOrder());
        if (Files.isDirectory(dir)) {
            try (Stream<java.nio.file.Path> s = Files.list(dir)) {
                s.map(p -> p.getFileName().toString())
                        .filter(n -> n.matches("\\d{8}"))
                        .forEach(days::add);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String token : days) {
            LocalDate day = DayParam.parse(token, archive.clock().instant(), venue.zone());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", token);
            var m = backups.manifest(day);
            row.put("packaged", m.isPresent());
            row.put("acknowledged", backups.acknowledged(day));
            m.ifPresent(x -> {
                row.put("file_count", x.path("file_count").asLong());
                row.put("total_bytes", x.path("total_bytes").asLong());
                row.put("anomalous", x.path("anomaly").path("anomalous").asBoolean());
                row.put(Manifests.HASH_FIELD, x.path(Manifests.HASH_FIELD).asText());
            });
            rows.add(row);
        }
        return Map.of("days", rows);
    }

    @GET
    @Path("/{date}/manifest")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A day's manifest", description = "backup/{YYYYMMDD}/manifest.json as written.")
    @APIResponse(responseCode = "200", description = "The manifest")
    @APIResponse(responseCode = "404", description = "The day was not packaged")
    public Response manifest(@PathParam("date") String date) throws IOException {
        LocalDate day = DayParam.parse(date, archive.clock().instant(), venue.zone());
        java.nio.file.Path m = backups.dir(day).resolve("manifest.json");
        if (!Files.exists(m)) {
            return error(Response.Status.NOT_FOUND, DayFiles.token(day) + " has not been packaged");
        }
        return Response.ok(Files.readAllBytes(m), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{date}/files/{path: .+}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(
            summary = "A file of a day's package",
            description = "Only paths listed in the day's manifest. ETag is the SHA-256; Range (one range) and "
                    + "If-Range resume a download; If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The whole file")
    @APIResponse(responseCode = "206", description = "The requested range")
    @APIResponse(responseCode = "400", description = "A path that could leave the archive")
    @APIResponse(responseCode = "404", description = "Not a file of the package")
    @APIResponse(responseCode = "416", description = "The range is outside the file")
    public Response file(
            @PathParam("date") String date,
            @PathParam("path") String path,
            @HeaderParam("Range") String range,
            @HeaderParam("If-Range") String ifRange,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context SecurityContext caller)
            throws IOException {
        LocalDate day = DayParam.parse(date, archive.clock().instant(), venue.zone());
        String unsafe = PackagePaths.unsafeReason(path);
        if (unsafe != null) {
            return refuse(day, path, unsafe, Response.Status.BAD_REQUEST, caller);
        }
        JsonNode entry = null;
        var manifest = backups.manifest(day);
        if (manifest.isPresent()) {
            for (JsonNode f : manifest.get().path("files")) {
                if (f.path("path").asText().equals(path)) {
                    entry = f;
                }
            }
        }
        if (entry == null) {
            return refuse(day, path, "not_in_manifest", Response.Status.NOT_FOUND, caller);
        }
        java.nio.file.Path root = archive.layout().root().toRealPath();
        java.nio.file.Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().startsWith(root)) {
            return refuse(day, path, "outside_archive_or_not_a_file", Response.Status.BAD_REQUEST, caller);
        }
        long size = Files.size(file);
        if (size != entry.path("size").asLong()) {
            return error(Response.Status.CONFLICT, path + " changed since it was packaged; package the day again");
        }
        String etag = "\"" + entry.path("sha256").asText() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified()
                    .tag(new jakarta.ws.rs.core.EntityTag(entry.path("sha256").asText()))
                    .build();
        }
        ByteRange r = ifRange != null && !ifRange.equals(etag) ? null : ByteRange.parse(range, size);
        if (r == ByteRange.UNSATISFIABLE) {
            return Response.status(416)
                    .header("Content-Range", "bytes */" + size)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "range outside the file's " + size + " bytes"))
                    .build();
        }
        long from = r == null ? 0 : r.from();
        long length = r == null ? size : r.length();
        StreamingOutput body = out -> send(file, from, length, out);
        Response.ResponseBuilder b = Response.status(r == null ? 200 : 206)
                .entity(body)
                .header("ETag", etag)
                .header("Accept-Ranges", "bytes")
                .header("Content-Length", length);
        if (r != null) {
            b.header("Content-Range", "bytes " + from + "-" + (from + length - 1) + "/" + size);
        }
        return b.build();
    }

    /** The PC's acknowledgement. */
    public static class Ack {
        public String manifest_sha256;
        public Long verified_files;
    }

    @POST
    @Path("/{date}/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Acknowledge a pulled day",
            description = "Body {\"manifest_sha256\":…,\"verified_files\":N}. A match writes SUCCESS.marker "
                    + "(retention may then delete the day); a mismatch is refused and recorded.")
    @APIResponse(responseCode = "200", description = "Acknowledged")
    @APIResponse(responseCode = "400", description = "Body incomplete")
    @APIResponse(responseCode = "404", description = "The day was not packaged")
    @APIResponse(responseCode = "409", description = "Hash or file count does not match the manifest")
    public Response ack(@PathParam("date") String date, Ack ack, @Context SecurityContext caller) throws IOException {
        LocalDate day = DayParam.parse(date, archive.clock().instant(), venue.zone());
        if (ack == null || ack.manifest_sha256 == null || ack.verified_files == null) {
            return error(Response.Status.BAD_REQUEST, "body must be {\"manifest_sha256\":\"…\",\"verified_files\":N}");
        }
        String who = caller.getUserPrincipal() == null
                ? "?"
                : caller.getUserPrincipal().getName();
        return switch (backups.acknowledge(day, ack.manifest_sha256, ack.verified_files, who)) {
            case ACCEPTED -> Response.ok(Map.of("day", DayFiles.token(day), "acknowledged", true))
                    .build();
            case NOT_PACKAGED -> error(Response.Status.NOT_FOUND, DayFiles.token(day) + " has not been packaged");
            case MISMATCH -> error(
                    Response.Status.CONFLICT,
                    "manifest_sha256 or verified_files does not match the manifest; nothing was acknowledged");
        };
    }

    private Response refuse(LocalDate day, String path, String reason, Response.Status status, SecurityContext c) {
        String who = c == null || c.getUserPrincipal() == null
                ? "?"
                : c.getUserPrincipal().getName();
        LOG.warning("backup download refused (" + reason + ") for " + who + ": " + PackagePaths.printable(path));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("day", DayFiles.token(day));
        f.put("path", PackagePaths.printable(path));
        f.put("reason", reason);
        f.put("by", who);
        archive.events().record("backup_download_refused", f);
        return error(status, "refused: " + reason);
    }

    private static void send(java.nio.file.Path file, long from, long length, OutputStream out) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            WritableByteChannel target = Channels.newChannel(out);
            long sent = 0;
            while (sent < length) {
                long n = ch.transferTo(from + sent, length - sent, target);
                if (n <= 0) {
                    break;
                }
                sent += n;
            }
        }
    }
}
