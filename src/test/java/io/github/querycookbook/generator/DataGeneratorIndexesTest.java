package io.github.querycookbook.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The generator takes {@code post_likes}' secondary indexes off for the likes ({@link SecondaryIndexes}): afterwards,
 * and after a failed load, the table has exactly the indexes the migrations gave it, and the statements that the error
 * of a failed rebuild quotes build them again.
 */
class DataGeneratorIndexesTest {

    private static final DataSpec SPEC = new DataSpec(50, 80, 600, 3);
    private static final List<String> NAMES = List.of("ix_post_likes_user_id_post_id",
            "ix_post_likes_user_id_created_at_post_id", "ix_post_likes_post_id_created_at_user_id");

    @EngineTest
    void leavesTheIndexesOfTheMigrationsAfterALoad(TestDatabase db) throws SQLException {
        // given
        List<String> migrated = migratedAndEmpty(db);

        // when
        new DataGenerator(SPEC).load(db.dataSource());

        // then
        try (Connection connection = db.dataSource().getConnection()) {
            assertThat(IndexDefinitions.of(db.engine(), connection)).isEqualTo(migrated);
        }
    }

    @EngineTest
    void takesOffTheThreeSecondaryIndexesAndBuildsThemAgainWhenTheLoadFails(TestDatabase db) throws SQLException {
        // given
        List<String> migrated = migratedAndEmpty(db);
        List<String> duringLoad = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            LoadTarget target = LoadTarget.of(connection);
            LoadTarget.Undo bulkSession = target.bulkSession(connection);
            SecondaryIndexes indexes = SecondaryIndexes.of(connection, target, "post_likes");

            // when the load fails midway, with the transaction broken on PostgreSQL
            assertThatThrownBy(() -> indexes.whileDropped(connection, () -> {
                duringLoad.addAll(IndexDefinitions.of(db.engine(), connection));
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT * FROM ldr_no_such_table");
                }
            })).isInstanceOf(SQLException.class);
            bulkSession.run();

            // then
            assertThat(indexes.names()).map(String::toLowerCase).containsExactlyInAnyOrderElementsOf(NAMES);
            assertThat(duringLoad).noneMatch(line -> NAMES.stream().anyMatch(line.toLowerCase()::contains));
            assertThat(IndexDefinitions.of(db.engine(), connection)).isEqualTo(migrated);
        }
    }

    @EngineTest
    void restoresTheIndexesWithTheStatementsItsErrorQuotes(TestDatabase db) throws SQLException {
        // given the indexes dropped by hand, as a process that died midway leaves them
        List<String> migrated = migratedAndEmpty(db);
        try (Connection connection = db.dataSource().getConnection()) {
            LoadTarget target = LoadTarget.of(connection);
            SecondaryIndexes indexes = SecondaryIndexes.of(connection, target, "post_likes");
            LoadTarget.Undo bulkSession = target.bulkSession(connection);
            for (String name : indexes.names()) {
                IndexDefinitions.drop(db.engine(), connection, name);
            }
            bulkSession.run();

            // when
            try (Statement statement = connection.createStatement()) {
                for (String sql : indexes.restoreSql().split(";\n?")) {
                    statement.execute(sql);
                }
            }

            // then
            assertThat(IndexDefinitions.of(db.engine(), connection)).isEqualTo(migrated);
        }
    }

    /** Empties the tables and returns the index definitions that the migrations left. */
    private static List<String> migratedAndEmpty(TestDatabase db) throws SQLException {
        CookbookSchema.migrate(db.dataSource());
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : List.of("post_likes", "posts", "users")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            List<String> definitions = IndexDefinitions.of(db.engine(), connection);
            assertThat(definitions).anyMatch(line -> line.toLowerCase().contains(NAMES.get(0)));
            return definitions;
        }
    }
}
