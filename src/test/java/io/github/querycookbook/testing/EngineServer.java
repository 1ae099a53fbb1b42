package io.github.querycookbook.testing;

import io.github.querycookbook.CookbookSchema;
import java.sql.Connection;
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

    /** Connects once through {@code admin}: {@code null} when that gives a working connection, otherwise why not. */
    static String unreachableReason(DataSource admin, String server) {
        try (Connection connection = admin.getConnection()) {
            return connection.isValid(5) ? null : "no " + server + " (a connection opened but did not answer)";
        } catch (SQLException e) {
            return "no " + server + " (" + e.getMessage() + ")";
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
