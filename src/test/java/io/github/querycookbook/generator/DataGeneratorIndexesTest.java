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
import java.util.Locale;

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
            assertThat(indexes.names()).map(name -> name.toLowerCase(Locale.ROOT)).containsExactlyInAnyOrderElementsOf(NAMES);
            assertThat(duringLoad).noneMatch(line -> NAMES.stream().anyMatch(line.toLowerCase(Locale.ROOT)::contains));
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
                IndexDefinitions.dropIfExists(db.engine(), connection, name);
            }
            bulkSession.run();

            // when
            IndexDefinitions.restore(connection, indexes.restoreSql());

            // then
            assertThat(IndexDefinitions.of(db.engine(), connection)).isEqualTo(migrated);
        }
    }

    @EngineTest
    void quotesTheStatementsThatRestoreTheIndexesWhenItCannotBuildThemAgain(TestDatabase db) throws SQLException {
        // given a load that leaves an index of the same name behind, so that building them again fails
        List<String> migrated = migratedAndEmpty(db);
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            LoadTarget target = LoadTarget.of(connection);
            LoadTarget.Undo bulkSession = target.bulkSession(connection);
            SecondaryIndexes indexes = SecondaryIndexes.of(connection, target, "post_likes");
            String restoreSql = indexes.restoreSql();

            // when / then
            assertThatThrownBy(() -> indexes.whileDropped(connection, () -> IndexDefinitions.restore(connection,
                    restoreSql.lines().findFirst().orElseThrow())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The indexes " + indexes.names() + " of post_likes were dropped for the "
                            + "load and could not be built again (")
                    .hasMessageEndingWith("); build them with:\n" + restoreSql);

            // and the quoted statements restore them, once what is left of them is gone
            connection.rollback();
            for (String name : indexes.names()) {
                IndexDefinitions.dropIfExists(db.engine(), connection, name);
            }
            IndexDefinitions.restore(connection, restoreSql);
            bulkSession.run();
            connection.commit();
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
            assertThat(definitions).anyMatch(line -> line.toLowerCase(Locale.ROOT).contains(NAMES.get(0)));
            return definitions;
        }
    }
}
