package io.github.querycookbook.generator;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a table's plain secondary indexes (non-unique, backing no constraint) from the database, with what it takes to
 * drop and build each again. PostgreSQL gives its own {@code CREATE INDEX} statement ({@code pg_get_indexdef}), exact
 * whatever the index's method or options; on H2 and MariaDB the statement is assembled from JDBC's
 * {@link DatabaseMetaData#getIndexInfo}: name, columns in order, direction. Every name is quoted, as read.
 */
final class IndexCatalog {

    /**
     * One index: its quoted name (schema-qualified on PostgreSQL), its quoted table, its quoted column list, such as
     * {@code ("user_id", "created_at" DESC)}, and the statement that creates it.
     */
    record Index(String name, String quotedName, String quotedTable, String columnsSql, String createSql) {
    }

    private static final String POSTGRES_INDEXES = """
            SELECT c.relname, quote_ident(n.nspname) || '.' || quote_ident(c.relname), pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE i.indrelid = to_regclass(?) AND NOT i.indisunique AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY i.indexrelid""";

    /** H2 names the index each constraint uses, a foreign key's too; it refuses to drop those. */
    private static final String H2_CONSTRAINT_INDEXES = "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
            + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ? AND INDEX_NAME IS NOT NULL";

    private IndexCatalog() {
    }

    static List<Index> plainSecondaryIndexes(Connection connection, LoadTarget target, String table)
            throws SQLException {
        return target == LoadTarget.POSTGRES ? postgres(connection, table) : fromMetaData(connection, target, table);
    }

    private static List<Index> postgres(Connection connection, String table) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(POSTGRES_INDEXES)) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    indexes.add(new Index(row.getString(1), row.getString(2), null, null, row.getString(3)));
                }
            }
        }
        return indexes;
    }

    private static List<Index> fromMetaData(Connection connection, LoadTarget target, String table)
            throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String stored = metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        String quote = metaData.getIdentifierQuoteString();
        Set<String> constraintIndexes = target == LoadTarget.H2 ? h2ConstraintIndexes(connection, stored) : Set.of();
        Map<String, TreeMap<Short, String>> columnsByIndex = new LinkedHashMap<>();
        try (ResultSet row = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), stored, false,
                false)) {
            while (row.next()) {
                String name = row.getString("INDEX_NAME");
                if (row.getBoolean("NON_UNIQUE") && row.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic
                        && row.getString("FILTER_CONDITION") == null && !constraintIndexes.contains(name)) {
                    String column = quote(quote, row.getString("COLUMN_NAME"))
                            + ("D".equals(row.getString("ASC_OR_DESC")) ? " DESC" : "");
                    columnsByIndex.computeIfAbsent(name, n -> new TreeMap<>())
                            .put(row.getShort("ORDINAL_POSITION"), column);
                }
            }
        }
        String quotedTable = quote(quote, stored);
        List<Index> indexes = new ArrayList<>();
        columnsByIndex.forEach((name, columns) -> {
            String columnsSql = "(" + String.join(", ", columns.values()) + ")";
            String quotedName = quote(quote, name);
            indexes.add(new Index(name, quotedName, quotedTable, columnsSql,
                    "CREATE INDEX " + quotedName + " ON " + quotedTable + " " + columnsSql));
        });
        return indexes;
    }

    private static Set<String> h2ConstraintIndexes(Connection connection, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(H2_CONSTRAINT_INDEXES)) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    names.add(row.getString(1));
                }
            }
        }
        return names;
    }

    /** Quotes a name read from the catalog with the driver's quote, doubling any quote inside it. */
    private static String quote(String quote, String name) {
        return quote + name.replace(quote, quote + quote) + quote;
    }
}
