package io.stockobserver.database;

import java.nio.file.Path;

/**
 * Which PostgreSQL the observer uses (docs/configuration.md, "The trading database"): OBSERVER_DB_URL, or with none
 * the embedded server on OBSERVER_DB_EMBEDDED_PORT with its data under OBSERVER_DATA_DIR/database.
 */
public interface DatabaseSettings {
    /** The JDBC URL the server's data source uses. */
    String databaseUrl();

    /** Whether {@link #databaseUrl()} is the embedded server's, which the observer then starts itself. */
    boolean embeddedDatabase();

    /** The loopback port of the embedded server. */
    int embeddedDatabasePort();

    /** The embedded server's data directory. */
    Path embeddedDatabaseDir();

    /** OBSERVER_DB_REQUIRED: whether readiness is DOWN while the database is unreachable (default true). */
    boolean databaseRequired();
}
