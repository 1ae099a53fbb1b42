package io.github.querycookbook;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Finds tables that carry the cookbook's names but that its migrations did not create. Flyway would otherwise record
 * a baseline, then fail half-way with the engine's "table already exists" and a stack of log lines.
 */
final class TableClash {

    private TableClash() {
    }

    /** @throws IllegalStateException naming the clashing tables, when there is no history table but such tables */
    static void check(DataSource dataSource, String historyTable, List<String> tables) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> existing = tablesOf(connection);
            if (existing.stream().anyMatch(historyTable::equalsIgnoreCase)) {
                return;
            }
            // An unquoted name, as the migrations write it, is stored upper-case by H2 and lower-case by PostgreSQL.
            boolean upperCase = connection.getMetaData().storesUpperCaseIdentifiers();
            List<String> clashing = tables.stream()
                    .filter(table -> existing.contains(upperCase ? table.toUpperCase(Locale.ROOT) : table))
                    .toList();
            if (!clashing.isEmpty()) {
                throw new IllegalStateException("The database already has "
                        + (clashing.size() == 1 ? "a table named " : "tables named ")
                        + String.join(", ", clashing) + " that the cookbook did not create (there is no "
                        + historyTable + "); migrate into an empty database or schema");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables of the database: " + e.getMessage(), e);
        }
    }

    /** Whether the connection's schema (MariaDB: database) holds {@code table}, in any letter case. */
    static boolean exists(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection()) {
            return tablesOf(connection).stream().anyMatch(table::equalsIgnoreCase);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables of the database: " + e.getMessage(), e);
        }
    }

    /** The names of the tables and views in the connection's schema (MariaDB: database), as stored. */
    private static List<String> tablesOf(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                "%", new String[] {"TABLE", "VIEW"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            return names;
        }
    }
}
