package io.stockobserver.console.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.console.connect.ServerProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The console's settings, per OS user, in {@code {home}/settings.json}: the servers (never their passwords), where
 * backups go, when the daily pull runs, light or dark. {@code home} is {@code ~/.stock-observer-console} unless the
 * system property {@code console.home} says otherwise.
 */
public final class ConsoleSettings {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<ServerProfile> servers = new ArrayList<>();
    private Path backupRoot;
    private LocalTime pullAt = LocalTime.of(21, 0);
    private boolean dark;

    private ConsoleSettings(Path file, Path defaultBackupRoot) {
        this.file = file;
        this.backupRoot = defaultBackupRoot;
    }

    public static Path home() {
        String custom = System.getProperty("console.home");
        return custom != null && !custom.isBlank()
                ? Path.of(custom)
                : Path.of(System.getProperty("user.home"), ".stock-observer-console");
    }

    /** Loads the settings, or the defaults when there are none yet; a broken file is an error, not a reset. */
    public static ConsoleSettings load(Path home, Path defaultBackupRoot) throws IOException {
        ConsoleSettings s = new ConsoleSettings(home.resolve("settings.json"), defaultBackupRoot);
        if (!Files.exists(s.file)) {
            return s;
        }
        JsonNode root;
        try {
            root = JSON.readTree(s.file.toFile());
        } catch (IOException e) {
            throw new IOException(s.file + " is not readable JSON (" + e.getMessage() + "); fix or move it away", e);
        }
        for (JsonNode n : root.path("servers")) {
            s.servers.add(new ServerProfile(
                    n.path("name").asText(),
                    ServerProfile.url(n.path("url").asText()),
                    n.path("user").asText(),
                    n.hasNonNull("trusted_certificate")
                            ? Optional.of(Path.of(n.get("trusted_certificate").asText()))
                            : Optional.empty()));
        }
        if (root.hasNonNull("backup_root")) {
            s.backupRoot = Path.of(root.get("backup_root").asText());
        }
        if (root.hasNonNull("pull_at")) {
            s.pullAt = LocalTime.parse(root.get("pull_at").asText());
        }
        s.dark = root.path("dark").asBoolean(false);
        return s;
    }

    public synchronized void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("servers");
        for (ServerProfile p : servers) {
            ObjectNode n = list.addObject();
            n.put("name", p.name());
            n.put("url", p.baseUri().toString());
            n.put("user", p.user());
            p.trustedCertificate().ifPresent(c -> n.put("trusted_certificate", c.toString()));
        }
        root.put("backup_root", backupRoot.toString());
        root.put("pull_at", pullAt.toString());
        root.put("dark", dark);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public synchronized List<ServerProfile> servers() {
        return List.copyOf(servers);
    }

    /** Adds or replaces (by name) a server. */
    public synchronized void put(ServerProfile p) {
        servers.removeIf(s -> s.name().equals(p.name()));
        servers.add(p);
    }

    public synchronized void remove(String name) {
        servers.removeIf(s -> s.name().equals(name));
    }

    public synchronized Path backupRoot() {
        return backupRoot;
    }

    public synchronized void backupRoot(Path p) {
        backupRoot = p;
    }

    public synchronized LocalTime pullAt() {
        return pullAt;
    }

    public synchronized void pullAt(LocalTime t) {
        pullAt = t;
    }

    public synchronized boolean dark() {
        return dark;
    }

    public synchronized void dark(boolean d) {
        dark = d;
    }
}
