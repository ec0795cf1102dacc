package io.stockobserver.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL left running on the embedded data directory (as after a kill -9 of Liberty, which re-parents it) is
 * stopped, so the next start can use the directory and its data.
 */
class StalePostmasterTest {
    @TempDir
    Path dir;

    @Test
    void shouldStopAPostgresLeftRunningOnTheDataDirectoryKeepingItsData() throws Exception {
        Path data = dir.resolve("postgres");
        EmbeddedPostgres orphan = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .start();
        try (Connection c = orphan.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v int)");
            s.execute("INSERT INTO kept VALUES (42)");
        }
        long pid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(pid)).isPresent();

        StalePostmaster.stop(data, Duration.ofSeconds(30));

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEqualTo(Optional.empty());
        // in this JVM the orphan's handle still holds zonky's directory lock (a killed server's JVM holds none)
        try {
            orphan.close();
        } catch (java.io.IOException alreadyStopped) {
            // pg_ctl stop finds nothing to stop: expected
        }
        try (EmbeddedPostgres next = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = next.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT v FROM kept")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void shouldLeaveADirectoryWithoutARunningPostgresAlone() throws Exception {
        Path data = Files.createDirectories(dir.resolve("postgres"));
        StalePostmaster.stop(data, Duration.ofSeconds(1)); // no postmaster.pid
        Files.writeString(data.resolve("postmaster.pid"), "999999999\n/x\n");
        StalePostmaster.stop(data, Duration.ofSeconds(1)); // a pid that is not running
        Files.writeString(
                data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
        StalePostmaster.stop(data, Duration.ofSeconds(1)); // a live process that is not postgres: this JVM
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }
}
