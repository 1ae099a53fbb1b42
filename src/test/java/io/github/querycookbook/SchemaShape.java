package io.github.querycookbook;

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
 * indexes that the migration creates.
 */
final class SchemaShape {

    private SchemaShape() {
    }

    static List<String> of(Collection<? extends Table<?>> tables, Set<String> names) {
        List<String> lines = new ArrayList<>();
        tables.stream().filter(t -> names.contains(lower(t.getName()))).forEach(t -> describe(t, lines));
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    private static void describe(Table<?> table, List<String> lines) {
        String name = lower(table.getName());
        for (Field<?> field : table.fields()) {
            DataType<?> type = field.getDataType();
            lines.add(name + " column " + lower(field.getName()) + " " + family(type)
                    + (type.nullable() ? " null" : " not null") + (type.identity() ? " identity" : ""));
        }
        lines.add(name + " primary key " + columns(table.getPrimaryKey().getFields()));
        for (UniqueKey<?> key : table.getUniqueKeys()) {
            lines.add(name + " unique " + lower(key.getName()) + " " + columns(key.getFields()));
        }
        table.getReferences().forEach(fk -> lines.add(name + " foreign key " + lower(fk.getName()) + " "
                + columns(fk.getFields()) + " references " + lower(fk.getKey().getTable().getName())
                + columns(fk.getKeyFields())));
        for (Index index : table.getIndexes()) {
            if (!index.getUnique() && !ownedByForeignKey(table, index)) {
                lines.add(name + " index " + lower(index.getName()) + " " + index.getFields().stream()
                        .map(SortField::getName).map(SchemaShape::lower).collect(Collectors.joining(", ", "(", ")")));
            }
        }
    }

    /** H2 gives every foreign key an index of its own, {@code <constraint>_INDEX_<n>}, which lives and dies with it. */
    private static boolean ownedByForeignKey(Table<?> table, Index index) {
        return table.getReferences().stream()
                .anyMatch(fk -> lower(index.getName()).startsWith(lower(fk.getName()) + "_index_"));
    }

    private static String family(DataType<?> type) {
        DataType<?> sql = type.getSQLDataType();
        if (sql.isString()) {
            return "text";
        }
        if (sql.isDateTime()) {
            return "timestamp";
        }
        return lower(sql.getTypeName());
    }

    private static String columns(List<? extends Field<?>> fields) {
        return fields.stream().map(Field::getName).map(SchemaShape::lower).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
