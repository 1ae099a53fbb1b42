package io.github.querycookbook;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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

    private CookbookSchema() {
    }

    /**
     * Applies the pending migrations to the schema (or MariaDB database) that {@code dataSource}'s connections use.
     * Safe to call again: applied migrations are skipped.
     *
     * @return Flyway's account of what it did; {@code migrationsExecuted} is 0 when the schema was up to date
     * @throws IllegalArgumentException if the database is not H2, PostgreSQL or MariaDB
     * @throws IllegalStateException    if the schema holds tables named like the cookbook's that its migrations did
     *                                  not create; nothing is written then
     */
    public static MigrateResult migrate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource);
        TableClash.check(dataSource, HISTORY_TABLE, TABLES);
        return flyway.migrate();
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
                .locations(LOCATION + migrationFolder(dataSource))
                .failOnMissingLocations(true)
                .table(HISTORY_TABLE)
                // Another application's tables may already be there; "0" keeps V1 pending after the baseline.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    private static String migrationFolder(DataSource dataSource) {
        String product = productName(dataSource);
        return switch (product) {
            case "H2", "PostgreSQL" -> "standard";
            case "MariaDB" -> "mariadb";
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
