package io.stockobserver.batch.etl;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** A real PostgreSQL on a free loopback port with the schema of db/migration applied; closed after the class. */
final class TestDatabase implements AutoCloseable {
    private final EmbeddedPostgres pg;

    TestDatabase() throws IOException {
        pg = EmbeddedPostgres.builder().start();
        Flyway.configure()
                .dataSource(pg.getPostgresDatabase())
                .locations("filesystem:" + Path.of("../db/migration").toAbsolutePath())
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    DataSource dataSource() {
        return pg.getPostgresDatabase();
    }

    Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    /** Every row of a query as text, in the query's order (to compare two loads). */
    List<String> dump(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(r.getString(i)).append('|');
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        pg.close();
    }
}
