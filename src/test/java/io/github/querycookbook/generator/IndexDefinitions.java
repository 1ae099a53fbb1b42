package io.github.querycookbook.generator;

import io.github.querycookbook.testing.Engine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every index of {@code post_likes} as the engine's own catalog describes it, one line per index (or per index column),
 * sorted: read independently of {@link IndexCatalog}, so a test comparing two readings catches any definition that the
 * generator's rebuild changed, down to the method, direction, prefix length or uniqueness.
 */
final class IndexDefinitions {

    private static final String POSTGRES = "SELECT indexname || ': ' || indexdef FROM pg_indexes"
            + " WHERE schemaname = current_schema() AND tablename = 'post_likes' ORDER BY 1";

    private static final String MARIADB = "SELECT CONCAT_WS(' ', INDEX_NAME, NON_UNIQUE, INDEX_TYPE, SEQ_IN_INDEX,"
            + " COLUMN_NAME, COLLATION, COALESCE(SUB_PART, '-'), IGNORED, INDEX_COMMENT)"
            + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'post_likes'"
            + " ORDER BY 1";

    private static final String H2 = "SELECT CONCAT_WS(' ', i.INDEX_NAME, i.INDEX_TYPE_NAME, i.IS_GENERATED,"
            + " c.ORDINAL_POSITION, c.COLUMN_NAME, c.ORDERING_SPECIFICATION, c.NULL_ORDERING, c.IS_UNIQUE)"
            + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
            + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
            // not LOWER(TABLE_NAME): H2 lowers in the JVM's locale, and in Turkish 'POST_LIKES' becomes 'post_lıkes'
            + " WHERE i.TABLE_SCHEMA = CURRENT_SCHEMA AND i.TABLE_NAME IN ('POST_LIKES', 'post_likes') ORDER BY 1";

    private IndexDefinitions() {
    }

    static List<String> of(Engine engine, Connection connection) throws SQLException {
        String sql = switch (engine) {
            case POSTGRES -> POSTGRES;
            case MARIADB, GALERA -> MARIADB;
            case H2 -> H2;
        };
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                lines.add(row.getString(1));
            }
        }
        return lines;
    }

    /** Drops one index of {@code post_likes} by name, if it exists. */
    static void dropIfExists(Engine engine, Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(engine.isMariaDb() ? "DROP INDEX IF EXISTS `" + name + "` ON post_likes"
                    : "DROP INDEX IF EXISTS \"" + name + "\"");
        }
    }

    /** Runs the statements of {@link SecondaryIndexes#restoreSql()}, as a person told to would. */
    static void restore(Connection connection, String restoreSql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : restoreSql.split(";\n?")) {
                statement.execute(sql);
            }
        }
    }
}
