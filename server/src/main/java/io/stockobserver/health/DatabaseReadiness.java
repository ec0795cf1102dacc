package io.stockobserver.health;

import io.stockobserver.database.DatabaseSettings;
import io.stockobserver.database.EmbeddedDatabase;
import io.stockobserver.database.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The trading database: UP when a connection answers within 2 s and the schema is current. Unreachable, it is DOWN
 * when OBSERVER_DB_REQUIRED (the default), else UP with {@code optional=true} and the reason — the archive does not
 * depend on it either way.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    @Inject
    DatabaseSettings settings;

    @Inject
    EmbeddedDatabase embedded;

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("database")
                .withData("embedded", settings.embeddedDatabase())
                .withData("required", settings.databaseRequired());
        String problem = null;
        if (settings.embeddedDatabase() && !embedded.running()) {
            problem = "embedded database not running: " + embedded.failure();
        } else {
            try (Connection c = schema.dataSource().getConnection()) {
                if (!c.isValid(2)) {
                    problem = "connection not valid";
                } else if (!schema.ensure()) {
                    problem = "schema not applied: " + schema.failure();
                }
            } catch (SQLException e) {
                problem = "unreachable: " + e.getMessage();
            }
        }
        if (schema.version() != null) {
            b.withData("schema_version", schema.version());
        }
        if (problem == null) {
            return b.up().build();
        }
        b.withData("reason", problem);
        return settings.databaseRequired()
                ? b.down().build()
                : b.withData("optional", true).up().build();
    }
}
