package io.github.querycookbook.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;

/**
 * What loading differs in between H2, PostgreSQL and MariaDB: how rows are written, the like-counter flag, resetting
 * an identity after explicit ids, and session settings for a bulk load.
 *
 * <p>The flag: the like counter's triggers leave {@code posts.like_count} alone while it is {@code off}, because the
 * generator writes each post with its final count and then the likes. It is set for every table's chunks, where it
 * does no harm, so one rule covers them all. PostgreSQL reads it from a transaction-local
 * setting, so it is set again in each chunk's transaction; H2 and MariaDB read a session variable, set once and cleared
 * after the likes.
 *
 * <p>Measured here, 10<sup>6</sup> likes on 2 shared cores, the index rebuild included: PostgreSQL COPY 208,000–328,000
 * likes/s (about 1.8 s of COPY, 1.3 s of {@code CREATE INDEX}), MariaDB multi-row inserts 92,000–124,000 (as fast as
 * {@code LOAD DATA}, measured at 7.7 s for the inserts alone), H2 45,000–65,000 (see {@link DataGenerator}).
 */
enum LoadTarget {
    H2("SET @cookbook_like_count = 'off'", "SET @cookbook_like_count = NULL"),
    POSTGRES("SELECT set_config('cookbook.like_count', 'off', true)", null),
    MARIADB("SET @cookbook_like_count = 'off'", "SET @cookbook_like_count = NULL");

    private final String counterOff;
    private final String counterOn;

    LoadTarget(String counterOff, String counterOn) {
        this.counterOff = counterOff;
        this.counterOn = counterOn;
    }

    static LoadTarget of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRES;
            case "MariaDB" -> MARIADB;
            default -> throw new IllegalArgumentException(
                    "Unsupported database " + product + ": the generator loads H2, PostgreSQL and MariaDB");
        };
    }

    /**
     * A writer for {@code table} whose every chunk's transaction turns the like counter off. On PostgreSQL, when the
     * user is a superuser, it also sets {@code session_replication_role} to {@code replica} for the transaction, which
     * skips the foreign keys' row triggers and about halves the time COPY takes into {@code post_likes}; that is safe
     * for the same reason as on MariaDB (see {@link #bulkSession}). Others' sessions keep every check.
     */
    TableWriter writer(Connection connection, TableWriter.Table table, LongConsumer committed) throws SQLException {
        if (this != POSTGRES) {
            return new InsertWriter(connection, table, counterOff, committed);
        }
        String beginChunk = superuser(connection)
                ? counterOff + ", set_config('session_replication_role', 'replica', true)" : counterOff;
        return new CopyWriter(connection, table, beginChunk, committed);
    }

    /** Turns the counter back on for the session, where the flag outlives a transaction. */
    void counterOn(Connection connection) throws SQLException {
        if (counterOn != null) {
            execute(connection, counterOn);
        }
    }

    /** Makes the next generated id of {@code table} {@code next}, after rows were inserted with explicit ids. */
    void restartIdentity(Connection connection, String table, long next) throws SQLException {
        execute(connection, this == MARIADB ? "ALTER TABLE " + table + " AUTO_INCREMENT = " + next
                : "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
    }

    /**
     * Prepares the session for a bulk load and returns what undoes it. On MariaDB it skips foreign-key and unique
     * checks, which is safe here because the tables start empty and the rows are valid by construction (every like
     * names a loaded post and user, no pair twice, every username distinct); it restores the session's own values.
     * With the foreign-key checks off MariaDB also lets {@link SecondaryIndexes} drop the index behind
     * {@code fk_post_likes_user} for the likes, which brought them from 73,000–77,000 to 92,000–124,000 likes/s here
     * (10<sup>6</sup> likes; about 6.8 s of inserts and 2.6 s to build the three indexes again).
     */
    Undo bulkSession(Connection connection) throws SQLException {
        if (this != MARIADB) {
            return () -> { };
        }
        long foreignKeyChecks;
        long uniqueChecks;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT @@foreign_key_checks, @@unique_checks")) {
            row.next();
            foreignKeyChecks = row.getLong(1);
            uniqueChecks = row.getLong(2);
        }
        execute(connection, "SET foreign_key_checks = 0, unique_checks = 0");
        return () -> execute(connection,
                "SET foreign_key_checks = " + foreignKeyChecks + ", unique_checks = " + uniqueChecks);
    }

    /** Undoes a session setting. */
    interface Undo {
        void run() throws SQLException;
    }

    private static boolean superuser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('is_superuser') = 'on'")) {
            return row.next() && row.getBoolean(1);
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
