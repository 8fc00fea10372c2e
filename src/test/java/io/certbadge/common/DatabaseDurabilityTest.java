package io.certbadge.common;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the embedded database must do for an acknowledged credential to survive, checked on an H2
 * file database opened with the options of the default URL (the tests' own database is in
 * memory): commit to disk before the answer (WRITE_DELAY), keep enforcing its constraints whatever
 * connection made them, and keep taking writes when a writing thread is interrupted. Readiness
 * reports whether the running database takes a write. The crash itself is
 * {@code IssuedCredentialsSurviveCrashIT}.
 */
@QuarkusTest
class DatabaseDurabilityTest {

    @Inject
    DataSource dataSource;

    @TempDir
    Path dir;

    @Test
    void shouldOpenTheDefaultDatabaseWithoutWriteDelay() throws Exception {
        try (Connection connection = DriverManager.getConnection(defaultUrlIn(dir), "certbadge", "");
             Statement query = connection.createStatement();
             ResultSet delay = query.executeQuery(
                     "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            assertTrue(delay.next());
            assertEquals("0", delay.getString(1), "H2 writes each commit before it returns");
        }
    }

    @Test
    void shouldRefuseAnEmbeddedDatabaseThatDelaysWrites() {
        assertTrue(EmbeddedDatabaseDurability.problem(Optional.of("500")).orElseThrow().contains("WRITE_DELAY=0"));
        assertTrue(EmbeddedDatabaseDurability.problem(Optional.of("0")).isEmpty());
        assertTrue(EmbeddedDatabaseDurability.problem(Optional.empty()).isEmpty(), "PostgreSQL commits durably");
    }

    /**
     * h2database#4302: in H2 2.4.240 a CHECK (x IN (...)) constraint compared through the session that
     * created it, so once the pool closed that connection (Flyway's, on a fresh database) every
     * insert into credential_event failed with "The database has been closed" until a restart.
     */
    @Test
    void shouldKeepEnforcingInListChecksAfterTheConnectionThatCreatedThemIsClosed() throws SQLException {
        String url = defaultUrlIn(dir);
        // holds the database open, as the pool does, while the creating session goes away
        try (Connection keeper = DriverManager.getConnection(url, "certbadge", "")) {
            try (Connection creator = DriverManager.getConnection(url, "certbadge", "");
                 Statement create = creator.createStatement()) {
                create.execute("create table event (kind varchar(20) not null"
                        + " constraint event_kind check (kind in ('ISSUED', 'REVOKED', 'KEY_ACTIVATED')))");
            }
            try (Connection writer = DriverManager.getConnection(url, "certbadge", "");
                 Statement insert = writer.createStatement()) {
                assertEquals(1, insert.executeUpdate("insert into event (kind) values ('REVOKED')"));
                SQLException refused = null;
                try {
                    insert.executeUpdate("insert into event (kind) values ('OTHER')");
                } catch (SQLException e) {
                    refused = e;
                }
                assertTrue(refused != null && "23513".equals(refused.getSQLState()),
                        "a value outside the list is still refused by the check: " + refused);
            }
        }
    }

    /**
     * The pool interrupts a thread it gave up waiting for; an interrupt during a write used to close
     * H2's file channel, and with it the database for every writer until a restart.
     */
    @Test
    void shouldKeepTakingWritesWhenWritingThreadsAreInterrupted() throws Exception {
        String url = defaultUrlIn(dir);
        try (Connection admin = DriverManager.getConnection(url, "certbadge", "");
             Statement ddl = admin.createStatement()) {
            ddl.execute("create table probe (id integer primary key)");
            int[] written = {0};
            SQLException[] failure = {null};
            CountDownLatch connected = new CountDownLatch(1);
            Thread writer = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, "certbadge", "");
                     Statement insert = connection.createStatement()) {
                    connected.countDown();
                    for (int i = 0; i < 500; i++) {
                        insert.executeUpdate("insert into probe (id) values (" + i + ")");
                        written[0]++;
                    }
                } catch (SQLException e) {
                    failure[0] = e;
                } finally {
                    connected.countDown();
                }
            });
            writer.start();
            connected.await();
            while (writer.isAlive()) {
                writer.interrupt();
                Thread.sleep(1);
            }
            assertNull(failure[0], "no write failed");
            assertEquals(500, written[0]);
            assertEquals(1, ddl.executeUpdate("insert into probe (id) values (500)"), "still writable");
        }
    }

    @Test
    void shouldBeReadyWhileTheDatabaseTakesWrites() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(DatabaseWriteCheck.NAME))
                .body("checks.find { it.name == '" + DatabaseWriteCheck.NAME + "' }.status", equalTo("UP"));
    }

    @Test
    void shouldNotBeReadyWhileTheDatabaseCannotTakeAWrite() throws Exception {
        try (Connection admin = dataSource.getConnection(); Statement ddl = admin.createStatement()) {
            ddl.execute("alter table write_probe rename to write_probe_away");
            try {
                assertEquals(503, readinessWithin(503), "readiness reports DOWN");
                given().when().get("/q/health/ready").then().statusCode(503)
                        .body("checks.find { it.name == '" + DatabaseWriteCheck.NAME + "' }.status", equalTo("DOWN"))
                        .body("checks.find { it.name == '" + DatabaseWriteCheck.NAME + "' }.data.detail",
                                equalTo("a write to the database failed"));
            } finally {
                ddl.execute("alter table write_probe_away rename to write_probe");
            }
        }
        assertEquals(200, readinessWithin(200), "ready again once writes work");
    }

    /** A probe's answer is reused for a second, so a change shows within two. */
    private static int readinessWithin(int expected) throws InterruptedException {
        int status = -1;
        for (long end = System.nanoTime() + 5_000_000_000L; status != expected && System.nanoTime() < end; ) {
            Thread.sleep(200);
            status = given().when().get("/q/health/ready").then().extract().statusCode();
        }
        return status;
    }

    /** The default URL of application.properties, with its ./data directory moved into {@code dir}. */
    private static String defaultUrlIn(Path dir) {
        String url;
        try {
            url = Files.readAllLines(Path.of("src/main/resources/application.properties")).stream()
                    .filter(line -> line.startsWith("quarkus.datasource.jdbc.url="))
                    .map(line -> line.substring(line.indexOf('=') + 1).strip()).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(url.contains("./data/certbadge"), url);
        return url.replace("./data/certbadge", dir.toAbsolutePath().resolve("certbadge").toString());
    }
}
