package io.github.querycookbook;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates or updates the cookbook's tables ({@code users}, {@code posts}, {@code post_likes}) with the Flyway
 * migrations shipped in this jar.
 *
 * <p>The migrations keep out of the way of an application's own Flyway: they live under
 * {@code classpath:io/github/querycookbook/migration}, not {@code db/migration}, and record themselves in
 * {@value #HISTORY_TABLE}, not {@code flyway_schema_history}. They also apply to a schema that already holds other
 * tables. Note the reverse: an application whose own Flyway runs <em>after</em> this one finds a non-empty schema
 * and needs {@code baselineOnMigrate(true)} (with {@code baselineVersion("0")}) itself, or should migrate first.
 */
public final class CookbookSchema {

    /** The Flyway history table of the cookbook's migrations. */
    public static final String HISTORY_TABLE = "cookbook_schema_history";

    /** The tables the migrations create, besides {@value #HISTORY_TABLE}. */
    public static final List<String> TABLES = List.of("users", "posts", "post_likes");

    private static final String LOCATION = "classpath:io/github/querycookbook/migration/";

    /** How often {@link #migrate} tries when another caller creates the history table at the same moment. */
    private static final int RACE_ATTEMPTS = 3;

    private static final Object H2_MIGRATION_LOCK = new Object();

    private CookbookSchema() {
    }

    /**
     * Applies the pending migrations to the schema (or MariaDB database) that {@code dataSource}'s connections use.
     * Safe to call again, and concurrently (from threads, and on PostgreSQL and MariaDB from processes too, on a
     * MariaDB Galera cluster through any of its nodes): applied migrations are skipped, and concurrent callers wait
     * while one of them migrates. On a cluster, connect with {@code sessionVariables=wsrep_sync_wait=7}, so that a
     * caller reads the history that the one before it wrote on another node.
     *
     * @return Flyway's account of what it did; {@code migrationsExecuted} is 0 when the schema was up to date
     * @throws IllegalArgumentException if the database is not H2, PostgreSQL or MariaDB
     * @throws IllegalStateException    if the schema holds tables named like the cookbook's that its migrations did
     *                                  not create; nothing is written then
     */
    public static MigrateResult migrate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource);
        String product = productName(dataSource);
        if (product.equals("H2")) {
            // Flyway locks H2's history table with SELECT … FOR UPDATE, which locks nothing while the table is empty:
            // two callers would both run V1. An in-memory H2 lives in one JVM, where this lock serialises them.
            synchronized (H2_MIGRATION_LOCK) {
                return migrate(flyway, dataSource);
            }
        }
        if (product.equals("MariaDB") && ClusterMigrationLock.isCluster(dataSource)) {
            // before the lock's table exists: a clash must leave the schema as it found it
            TableClash.check(dataSource, HISTORY_TABLE, TABLES);
            return ClusterMigrationLock.holding(dataSource, () -> migrate(flyway, dataSource));
        }
        return migrate(flyway, dataSource);
    }

    private static MigrateResult migrate(Flyway flyway, DataSource dataSource) {
        TableClash.check(dataSource, HISTORY_TABLE, TABLES);
        for (int attempt = 1; ; attempt++) {
            try {
                return flyway.migrate();
            } catch (FlywayException e) {
                // Callers racing on an empty database: one creates the history table while another, which found none,
                // takes the schema for an application's and fails to baseline. Once the table exists, Flyway's lock
                // on it makes the others wait for the first and then apply nothing.
                if (attempt == RACE_ATTEMPTS || !TableClash.exists(dataSource, HISTORY_TABLE)) {
                    throw e;
                }
            }
        }
    }

    /**
     * The Flyway instance behind {@link #migrate}, for {@code validate()}, {@code info()} and the like.
     *
     * @throws IllegalArgumentException if the database is not H2, PostgreSQL or MariaDB
     */
    public static Flyway flyway(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return Flyway.configure(CookbookSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(migrationFolders(dataSource).stream().map(folder -> LOCATION + folder)
                        .toArray(String[]::new))
                .failOnMissingLocations(true)
                .table(HISTORY_TABLE)
                // Another application's tables may already be there; "0" keeps V1 pending after the baseline.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /**
     * H2 and PostgreSQL share the tables ({@code standard}) and differ in the triggers of {@code posts.like_count}
     * (V3, in a folder per engine); MariaDB has its own copy of everything.
     */
    private static List<String> migrationFolders(DataSource dataSource) {
        String product = productName(dataSource);
        return switch (product) {
            case "H2" -> List.of("standard", "h2");
            case "PostgreSQL" -> List.of("standard", "postgresql");
            case "MariaDB" -> List.of("mariadb");
            default -> throw new IllegalArgumentException(
                    "Unsupported database " + product + ": the cookbook's schema supports H2, PostgreSQL and MariaDB");
        };
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to read the database product: " + e.getMessage(), e);
        }
    }
}
