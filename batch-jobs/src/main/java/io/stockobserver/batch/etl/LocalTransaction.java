package io.stockobserver.batch.etl;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one local transaction of a connection in auto-commit mode, outside any container transaction (a
 * batchlet, the live sink, a test): commit on success, rollback on failure, auto-commit restored either way.
 */
public final class LocalTransaction {
    /** The work. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException, IOException;
    }

    private LocalTransaction() {}

    public static <T> T run(Connection c, Work<T> work) throws SQLException, IOException {
        c.setAutoCommit(false);
        try {
            T t = work.run();
            c.commit();
            return t;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
