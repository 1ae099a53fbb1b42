package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * A database that holds data at the previous version (N-1) keeps every row and every value when it migrates to the
 * latest (N). Flyway's {@code target} stops at N-1; the rows go in with that version's columns; after
 * {@link CookbookSchema#migrate} every column that existed at N-1 reads back the same, row for row.
 *
 * <p>Each new version runs here on real data of the version before, with no change to this test unless it drops or
 * renames a column, which is the point: such a change must say what becomes of the data.
 */
@DatabaseSetup(Setup.BLANK)
class MigrationKeepsDataTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2024, 2, 29, 12, 0, 0, 123_456_000);

    @EngineTest
    void keepsEveryRowWrittenAtThePreviousVersion(TestDatabase db) throws SQLException {
        // given a database at the version before the latest, holding users, posts and likes
        List<String> versions = Arrays.stream(CookbookSchema.flyway(db.dataSource()).info().all())
                .map(MigrationInfo::getVersion).map(v -> v.getVersion()).toList();
        String previous = versions.get(Math.max(0, versions.size() - 2));
        Flyway toPrevious = Flyway.configure(CookbookSchema.class.getClassLoader())
                .configuration(CookbookSchema.flyway(db.dataSource()).getConfiguration()).target(previous).load();
        toPrevious.migrate();
        load(db);
        Map<String, List<Map<String, String>>> before = snapshot(db);

        // when
        MigrateResult result = CookbookSchema.migrate(db.dataSource());

        // then every migration after N-1 ran, and every row and value written at N-1 is still there
        assertThat(result.migrationsExecuted).isEqualTo(versions.size() - 1 - versions.indexOf(previous));
        assertThat(before.get("users")).hasSize(3);
        assertThat(before.get("posts")).hasSize(3);
        assertThat(before.get("post_likes")).hasSize(4);
        for (Map.Entry<String, List<Map<String, String>>> table : before.entrySet()) {
            assertThat(select(db, table.getKey(), table.getValue().get(0).keySet()))
                    .as("the rows of %s after migrating from V%s", table.getKey(), previous)
                    .containsExactlyElementsOf(table.getValue());
        }
    }

    /** Rows in the columns of V1; values chosen to be easy to damage: Unicode, a leap day, microseconds. */
    private static void load(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            insert(connection, "INSERT INTO users (id, username) VALUES (?, ?)",
                    List.of(1L, "ann"), List.of(2L, "Émile 🐱"), List.of(7L, "x".repeat(64)));
            insert(connection, "INSERT INTO posts (id, user_id, content, created_at) VALUES (?, ?, ?, ?)",
                    List.of(10L, 1L, "first", NOON), List.of(11L, 2L, "ça va? 'quoted' \\ back", NOON),
                    List.of(12L, 7L, "z".repeat(5000), NOON.plusNanos(1_000)));
            insert(connection, "INSERT INTO post_likes (post_id, user_id, created_at) VALUES (?, ?, ?)",
                    List.of(10L, 1L, NOON), List.of(10L, 2L, NOON), List.of(11L, 7L, NOON.plusDays(1)),
                    List.of(12L, 1L, NOON.minusYears(60)));
        }
    }

    @SafeVarargs
    private static void insert(Connection connection, String sql, List<Object>... rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<Object> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    statement.setObject(i + 1, row.get(i));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Every column of every cookbook table, as text, in primary-key order. */
    private static Map<String, List<Map<String, String>>> snapshot(TestDatabase db) throws SQLException {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (String table : CookbookSchema.TABLES) {
            tables.put(table, select(db, table, List.of("*")));
        }
        return tables;
    }

    private static List<Map<String, String>> select(TestDatabase db, String table, Iterable<String> columns)
            throws SQLException {
        String order = table.equals("post_likes") ? "post_id, user_id" : "id";
        try (Connection connection = db.dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY " + order)) {
            ResultSetMetaData metaData = rows.getMetaData();
            List<Map<String, String>> result = new ArrayList<>();
            while (rows.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= metaData.getColumnCount(); i++) {
                    row.put(metaData.getColumnLabel(i).toLowerCase(Locale.ROOT), rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }
}
