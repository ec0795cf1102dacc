package io.stockobserver.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The zero-set-up database: with no OBSERVER_DB_URL the observer runs PostgreSQL itself (zonky's binaries), bound
 * to loopback, data under OBSERVER_DATA_DIR/database/postgres with fsync and synchronous commit on (zonky's
 * defaults are off), and creates the database {@value #DATABASE}. It starts before the schema migration and stops
 * with the application. A postmaster left running by a killed server (it is re-parented, not killed with it) is
 * stopped first.
 */
@ApplicationScoped
public class EmbeddedDatabase {
    public static final String DATABASE = "observer";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    @Inject
    DatabaseSettings settings;

    private volatile EmbeddedPostgres pg;
    private volatile String failure;

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup ignored) {
        if (!settings.embeddedDatabase()) {
            return;
        }
        Path dir = settings.embeddedDatabaseDir();
        try {
            Files.createDirectories(dir.getParent());
            StalePostmaster.stop(dir, Duration.ofSeconds(30));
            pg = EmbeddedPostgres.builder()
                    .setPort(settings.embeddedDatabasePort())
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(
                            dir.getParent().resolve("binaries").toFile())
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            createDatabase();
            LOG.info("embedded PostgreSQL on 127.0.0.1:" + settings.embeddedDatabasePort() + ", data in " + dir);
        } catch (IOException | SQLException | RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(
                    Level.SEVERE,
                    "EMBEDDED DATABASE could not start on port " + settings.embeddedDatabasePort() + " in " + dir
                            + " (set OBSERVER_DB_EMBEDDED_PORT to a free port, or OBSERVER_DB_URL to a server)",
                    e);
        }
    }

    private void createDatabase() throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (r.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    /** Whether the embedded server runs (false also when a configured server is used). */
    public boolean running() {
        return pg != null;
    }

    /** Why it did not start, or null. */
    public String failure() {
        return failure;
    }

    @PreDestroy
    void stop() {
        EmbeddedPostgres p = pg;
        pg = null;
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
