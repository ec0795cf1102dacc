package io.stockobserver.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The IT server's embedded PostgreSQL, read directly over JDBC (loopback, the port the build reserved). */
final class TradingDatabase {
    static final String URL = "jdbc:postgresql://127.0.0.1:" + System.getProperty("it.db.port", "15432") + "/observer";

    private TradingDatabase() {}

    /** A connection whose session shows instants in UTC ({@code 2026-07-24 01:02:03.5+00}). */
    static Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(URL, "postgres", "embedded-trust-auth");
        try (Statement s = c.createStatement()) {
            s.execute("SET TIME ZONE 'UTC'");
        }
        return c;
    }

    /** Every row of a query, each as its columns' text joined by {@code |}. */
    static List<String> dump(String sql) throws SQLException {
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

    static long count(String sql) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
