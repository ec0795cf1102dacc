package io.stockobserver.database;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies {@code db/migration} with Flyway at start, after the embedded server (if any) is up. A database that is
 * unreachable then is migrated later, on the first readiness check that finds it back ({@link #ensure()}).
 *
 * <p>Design note: inside a WAR on Liberty Flyway cannot list a classpath directory; the empty
 * {@code db/migration/flyway.location} resource lets it, and {@code failOnMissingLocations} makes a missing one fail
 * loudly instead of applying nothing.
 */
@ApplicationScoped
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/observer")
    DataSource database;

    private volatile String version;
    private volatile String failure;
    private volatile long lastTry;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) Startup ignored) {
        ensure();
    }

    /** Migrates unless that was done; tries again at most every 30 s. Returns whether the schema is current. */
    public synchronized boolean ensure() {
        if (version != null) {
            return true;
        }
        long now = System.nanoTime();
        if (lastTry != 0 && now - lastTry < 30_000_000_000L) {
            return false;
        }
        lastTry = now;
        try {
            MigrateResult r = Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            version = r.targetSchemaVersion != null ? r.targetSchemaVersion : r.initialSchemaVersion;
            failure = null;
            LOG.info("trading database schema at version " + version + " (" + r.migrationsExecuted + " applied now)");
            return true;
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "TRADING DATABASE schema could not be applied (db/README.md); retried later", e);
            return false;
        }
    }

    /** The schema version, or null before the migration succeeded. */
    public String version() {
        return version;
    }

    public String failure() {
        return failure;
    }

    public DataSource dataSource() {
        return database;
    }
}
