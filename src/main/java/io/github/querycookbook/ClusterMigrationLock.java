package io.github.querycookbook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Serialises {@link CookbookSchema#migrate} across the nodes of a MariaDB Galera cluster. Flyway turns its
 * {@code GET_LOCK} off when it sees {@code wsrep_on} (a named lock holds on one node only) and locks the history
 * table's rows with {@code SELECT … FOR UPDATE} instead, which also holds on one node only: eight callers through three
 * nodes, at version 1, all failed, running V2 more than once. A row with a fixed primary key is what a cluster does
 * certify: of the callers that insert it at once, one commits, and the others get a duplicate key or a certification
 * failure, wait and try again. The holder deletes the row when it is done; a row older than {@link #STALE} is left by
 * a caller that died, and the next caller takes it over.
 */
final class ClusterMigrationLock {

    static final String TABLE = "cookbook_schema_lock";
    private static final Duration STALE = Duration.ofMinutes(10);
    private static final Duration PATIENCE = Duration.ofMinutes(15);
    private static final int DUPLICATE_KEY = 1062;
    private static final int DEADLOCK = 1213;

    private ClusterMigrationLock() {
    }

    /** Whether {@code dataSource} reaches a node of a Galera cluster ({@code wsrep_on}). */
    static boolean isCluster(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet on = statement.executeQuery("SELECT @@wsrep_on")) {
            return on.next() && on.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs {@code work} holding the cluster's migration lock. */
    static <T> T holding(DataSource dataSource, Supplier<T> work) {
        String owner = UUID.randomUUID().toString();
        try {
            acquire(dataSource, owner);
            try {
                return work.get();
            } finally {
                update(dataSource, "DELETE FROM " + TABLE + " WHERE id = 1 AND owner = ?", owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the cluster's migration lock (table " + TABLE + "): "
                    + e.getMessage(), e);
        }
    }

    private static void acquire(DataSource dataSource, String owner) throws SQLException {
        update(dataSource, "CREATE TABLE IF NOT EXISTS " + TABLE + " (id INT NOT NULL PRIMARY KEY, "
                + "owner VARCHAR(36) NOT NULL, taken_at DATETIME(6) NOT NULL) ENGINE = InnoDB");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                update(dataSource, "INSERT INTO " + TABLE + " (id, owner, taken_at) VALUES (1, ?, UTC_TIMESTAMP(6))",
                        owner);
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() != DUPLICATE_KEY && e.getErrorCode() != DEADLOCK || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            update(dataSource, "DELETE FROM " + TABLE + " WHERE id = 1 AND taken_at < UTC_TIMESTAMP(6) - INTERVAL "
                    + STALE.toSeconds() + " SECOND");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for " + TABLE, e);
            }
        }
    }

    /**
     * Runs one statement in its own transaction, after the node has applied every transaction the cluster committed
     * before it ({@code wsrep_sync_wait = 15}), so that the lock table and its row are seen whichever node answers.
     */
    private static void update(DataSource dataSource, String sql, String... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SET STATEMENT wsrep_sync_wait = 15 FOR "
                        + sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
