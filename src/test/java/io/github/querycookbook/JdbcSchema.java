package io.github.querycookbook;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The {@link SchemaShape} of a live database, read through JDBC {@link DatabaseMetaData}, which every driver implements
 * the same way on every jOOQ version. jOOQ's own {@code meta()} is not used: jOOQ 3.21's reads
 * {@code information_schema.COLUMNS.IS_SYSTEM_TIME_PERIOD_START}, which MariaDB only has from 11.4 (jOOQ #19359).
 */
final class JdbcSchema {

    /** JDBC has no unique constraints, only unique indexes; H2 names them {@code <constraint>_INDEX_<n>}. */
    private static final String H2_INDEX_SUFFIX = "(?i)_index_[0-9a-f]+$";

    private JdbcSchema() {
    }

    static List<String> shapeOf(DataSource dataSource, Set<String> tables) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            List<String> lines = new ArrayList<>();
            try (ResultSet all = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (all.next()) {
                    String table = all.getString("TABLE_NAME");
                    if (tables.contains(SchemaShape.lower(table))) {
                        describe(connection, metaData, table, lines);
                    }
                }
            }
            return SchemaShape.sorted(lines);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema through JDBC: " + e.getMessage(), e);
        }
    }

    private static void describe(Connection connection, DatabaseMetaData metaData, String table, List<String> lines)
            throws SQLException {
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        try (ResultSet columns = metaData.getColumns(catalog, schema, table, "%")) {
            while (columns.next()) {
                lines.add(SchemaShape.column(table, columns.getString("COLUMN_NAME"), columns.getInt("DATA_TYPE"),
                        columns.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                        "YES".equals(columns.getString("IS_AUTOINCREMENT"))));
            }
        }
        List<String> primaryKey;
        try (ResultSet keys = metaData.getPrimaryKeys(catalog, schema, table)) {
            primaryKey = List.copyOf(grouped(keys, "PK_NAME", "KEY_SEQ", "COLUMN_NAME").values().iterator().next());
        }
        lines.add(SchemaShape.primaryKey(table, primaryKey));
        List<String> foreignKeys = new ArrayList<>();
        try (ResultSet keys = metaData.getImportedKeys(catalog, schema, table)) {
            Map<String, List<String[]>> byName = grouped(keys, "FK_NAME", "KEY_SEQ",
                    rs -> new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"),
                            rs.getString("PKCOLUMN_NAME")});
            byName.forEach((name, parts) -> {
                foreignKeys.add(name);
                lines.add(SchemaShape.foreignKey(table, name, parts.stream().map(p -> p[0]).toList(), parts.get(0)[1],
                        parts.stream().map(p -> p[2]).toList()));
            });
        }
        try (ResultSet indexes = metaData.getIndexInfo(catalog, schema, table, false, false)) {
            Map<String, List<String[]>> byName = grouped(indexes, "INDEX_NAME", "ORDINAL_POSITION",
                    rs -> new String[] {rs.getString("COLUMN_NAME"), String.valueOf(rs.getBoolean("NON_UNIQUE"))});
            byName.forEach((name, parts) -> {
                List<String> columns = parts.stream().map(p -> p[0]).toList();
                boolean unique = !Boolean.parseBoolean(parts.get(0)[1]);
                if (unique && !columns.equals(primaryKey)) {
                    lines.add(SchemaShape.unique(table, name.replaceAll(H2_INDEX_SUFFIX, ""), columns));
                } else if (!unique && !SchemaShape.ownedByForeignKey(name, foreignKeys)) {
                    lines.add(SchemaShape.index(table, name, columns));
                }
            });
        }
    }

    private static Map<String, List<String>> grouped(ResultSet rows, String name, String position, String column)
            throws SQLException {
        return grouped(rows, name, position, rs -> new String[] {rs.getString(column)}).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().map(p -> p[0]).toList()));
    }

    /** The rows by {@code name}, each group in {@code position} order; a metadata row may come in any order. */
    private static Map<String, List<String[]>> grouped(ResultSet rows, String name, String position,
            RowReader reader) throws SQLException {
        Map<String, TreeMap<Integer, String[]>> groups = new TreeMap<>();
        while (rows.next()) {
            groups.computeIfAbsent(rows.getString(name), key -> new TreeMap<>())
                    .put(rows.getInt(position), reader.read(rows));
        }
        Map<String, List<String[]>> result = new TreeMap<>();
        groups.forEach((key, parts) -> result.put(key, List.copyOf(parts.values())));
        return result;
    }

    @FunctionalInterface
    private interface RowReader {
        String[] read(ResultSet row) throws SQLException;
    }
}
