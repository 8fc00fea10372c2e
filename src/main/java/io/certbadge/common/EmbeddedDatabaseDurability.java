package io.certbadge.common;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * An H2 database opened without {@code WRITE_DELAY=0} in its URL keeps commits in memory for up to
 * half a second, so a crash loses credentials already answered 201. The default URL has it; an
 * operator's own URL may not, so production refuses to start without it and says why. Without the
 * {@code retry:} file system one interrupted write closes the database for every writer: a warning.
 */
@ApplicationScoped
public class EmbeddedDatabaseDurability {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseDurability.class);

    private final DataSource dataSource;

    public EmbeddedDatabaseDurability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes @Priority(2) StartupEvent event) throws SQLException {
        if (h2Url().filter(url -> !url.startsWith("jdbc:h2:retry:")).isPresent()) {
            LOG.warn("the H2 database URL does not start with jdbc:h2:retry:, so a thread interrupted while it"
                    + " writes closes the database until the service restarts");
        }
        Optional<String> problem = problem(h2WriteDelay());
        if (problem.isEmpty()) {
            return;
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("certbadge refuses to start: " + problem.get());
        }
        LOG.warn(problem.get());
    }

    /** H2's WRITE_DELAY in milliseconds, or empty when the database is not an H2 file database. */
    Optional<String> h2WriteDelay() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName()) || inMemory(connection.getMetaData().getURL())) {
                return Optional.empty();
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
                return Optional.of(rows.next() ? rows.getString(1) : "unknown");
            }
        }
    }

    private Optional<String> h2Url() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return url != null && url.startsWith("jdbc:h2:") && !inMemory(url) ? Optional.of(url) : Optional.empty();
        }
    }

    /** An in-memory database (the tests') keeps nothing across a crash anyway. */
    private static boolean inMemory(String url) {
        return url != null && url.startsWith("jdbc:h2:mem:");
    }

    static Optional<String> problem(Optional<String> h2WriteDelay) {
        return h2WriteDelay.filter(delay -> !delay.strip().equals("0")).map(delay -> "the H2 database runs with"
                + " WRITE_DELAY " + delay + " ms, so a crash can lose credentials already issued; add ;WRITE_DELAY=0"
                + " to quarkus.datasource.jdbc.url");
    }
}
