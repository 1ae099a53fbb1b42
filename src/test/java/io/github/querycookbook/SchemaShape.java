package io.github.querycookbook;

import java.sql.JDBCType;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Index;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.UniqueKey;

/**
 * A schema described as sorted lines of text that mean the same on every engine: lower-case names, type families
 * instead of vendor type names, primary keys by columns (MariaDB names every primary key PRIMARY), and only the
 * indexes that the migration creates. {@link #of} describes jOOQ tables (the generated classes); {@link JdbcSchema}
 * writes the same lines from a live database's JDBC metadata.
 */
final class SchemaShape {

    private SchemaShape() {
    }

    static List<String> of(Collection<? extends Table<?>> tables, Set<String> names) {
        List<String> lines = new ArrayList<>();
        tables.stream().filter(t -> names.contains(lower(t.getName()))).forEach(t -> describe(t, lines));
        return sorted(lines);
    }

    private static void describe(Table<?> table, List<String> lines) {
        String name = table.getName();
        for (Field<?> field : table.fields()) {
            DataType<?> type = field.getDataType();
            lines.add(column(name, field.getName(), type.getSQLDataType().getSQLType(), type.nullable(),
                    type.identity()));
        }
        lines.add(primaryKey(name, names(table.getPrimaryKey().getFields())));
        for (UniqueKey<?> key : table.getUniqueKeys()) {
            lines.add(unique(name, key.getName(), names(key.getFields())));
        }
        table.getReferences().forEach(fk -> lines.add(foreignKey(name, fk.getName(), names(fk.getFields()),
                fk.getKey().getTable().getName(), names(fk.getKeyFields()))));
        for (Index index : table.getIndexes()) {
            List<String> foreignKeys = table.getReferences().stream().map(fk -> fk.getName()).toList();
            if (!index.getUnique() && !ownedByForeignKey(index.getName(), foreignKeys)) {
                lines.add(index(name, index.getName(), index.getFields().stream().map(SortField::getName).toList()));
            }
        }
    }

    static String column(String table, String column, int sqlType, boolean nullable, boolean identity) {
        return lower(table) + " column " + lower(column) + " " + family(sqlType) + (nullable ? " null" : " not null")
                + (identity ? " identity" : "");
    }

    static String primaryKey(String table, List<String> columns) {
        return lower(table) + " primary key " + columns(columns);
    }

    static String unique(String table, String key, List<String> columns) {
        return lower(table) + " unique " + lower(key) + " " + columns(columns);
    }

    static String foreignKey(String table, String key, List<String> columns, String target, List<String> keyColumns) {
        return lower(table) + " foreign key " + lower(key) + " " + columns(columns) + " references " + lower(target)
                + columns(keyColumns);
    }

    static String index(String table, String index, List<String> columns) {
        return lower(table) + " index " + lower(index) + " " + columns(columns);
    }

    /** H2 gives every foreign key an index of its own, {@code <constraint>_INDEX_<n>}, which lives and dies with it. */
    static boolean ownedByForeignKey(String index, Collection<String> foreignKeys) {
        return foreignKeys.stream().anyMatch(fk -> lower(index).startsWith(lower(fk) + "_index_"));
    }

    static List<String> sorted(List<String> lines) {
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A {@link Types} code as a family: each engine stores text and timestamps in types of its own. */
    private static String family(int sqlType) {
        return switch (sqlType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                 Types.LONGNVARCHAR, Types.NCLOB -> "text";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp";
            default -> lower(JDBCType.valueOf(sqlType).getName());
        };
    }

    private static List<String> names(List<? extends Field<?>> fields) {
        return fields.stream().map(Field::getName).toList();
    }

    private static String columns(List<String> columns) {
        return columns.stream().map(SchemaShape::lower).collect(Collectors.joining(", ", "(", ")"));
    }
}
