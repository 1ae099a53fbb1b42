package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.counter.LikeCounter;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The triggers of {@code posts.like_count} (migration V3) count likes that plain JDBC writes, not the cookbook:
 * multi-row inserts, deletes, a like moved to another post, and the cascades of a deleted user or post (which MariaDB
 * runs without firing triggers). Each test starts from the {@link SocialFixture}, whose counters are 1: 4, 2: 3, 3: 3,
 * 4: 2, 5: 2, and 0 for posts 6, 7 and 8.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class LikeCountTriggerTest {

    @EngineTest
    void aMultiRowInsertCountsEachNewLikeOnItsPost(TestDatabase db) throws SQLException {
        // given
        SocialFixture.reset(db.dsl());

        // when
        execute(db, "insert into post_likes (post_id, user_id) values (6, 1), (6, 2), (7, 1), (1, 8)");

        // then
        assertThat(counters(db)).containsExactly("1: 5", "2: 3", "3: 3", "4: 2", "5: 2", "6: 2", "7: 1", "8: 0");
    }

    @EngineTest
    void anInsertSelectCountsEachLikeExceptOnMariaDb1145WhichRefusesIt(TestDatabase db) throws SQLException {
        // given
        SocialFixture.reset(db.dsl());
        String likeBySelect = "insert into post_likes (post_id, user_id) select 6, id from users where id in (1, 2)";

        if (serverVersion(db).startsWith("11.4.5-MariaDB")) {
            // when MariaDB 11.4.5 runs an INSERT … SELECT into a table with a BEFORE INSERT trigger (10.11 runs it)
            assertThatThrownBy(() -> execute(db, likeBySelect)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Column 'post_id' cannot be null");

            // then nothing was written
            assertThat(counters(db)).containsExactly("1: 4", "2: 3", "3: 3", "4: 2", "5: 2", "6: 0", "7: 0", "8: 0");
            return;
        }

        // when
        execute(db, likeBySelect);

        // then
        assertThat(counters(db)).containsExactly("1: 4", "2: 3", "3: 3", "4: 2", "5: 2", "6: 2", "7: 0", "8: 0");
    }

    @EngineTest
    void aDeleteOfSeveralLikesTakesEachOffItsPost(TestDatabase db) throws SQLException {
        // given ann (user 2) liked posts 1, 2 and 4
        SocialFixture.reset(db.dsl());

        // when
        execute(db, "delete from post_likes where user_id = 2");

        // then
        assertThat(counters(db)).containsExactly("1: 3", "2: 2", "3: 3", "4: 1", "5: 2", "6: 0", "7: 0", "8: 0");
    }

    @EngineTest
    void anUpdateThatMovesALikeMovesItsCount(TestDatabase db) throws SQLException {
        // given O'Brien (user 3) liked post 5
        SocialFixture.reset(db.dsl());

        // when
        execute(db, "update post_likes set post_id = 6 where post_id = 5 and user_id = 3");

        // then
        assertThat(counters(db)).containsExactly("1: 4", "2: 3", "3: 3", "4: 2", "5: 1", "6: 1", "7: 0", "8: 0");
    }

    @EngineTest
    void deletingAUserTakesTheirCascadedLikesOffThePostsTheyLiked(TestDatabase db) throws SQLException {
        // given Ann (user 1) wrote posts 1, 2, 7 and 8 and liked posts 1 and 3
        SocialFixture.reset(db.dsl());

        // when her posts and her likes go by cascade
        execute(db, "delete from users where id = 1");

        // then
        assertThat(counters(db)).containsExactly("3: 2", "4: 2", "5: 2", "6: 0");
    }

    @EngineTest
    void deletingAPostLeavesTheOtherCountersAlone(TestDatabase db) throws SQLException {
        // given
        SocialFixture.reset(db.dsl());

        // when its four likes go by cascade
        execute(db, "delete from posts where id = 1");

        // then
        assertThat(counters(db)).containsExactly("2: 3", "3: 3", "4: 2", "5: 2", "6: 0", "7: 0", "8: 0");
    }

    @EngineTest
    void aSessionThatSwitchesTheCounterOffCountsNothingUntilItRecounts(TestDatabase db) throws SQLException {
        // given
        SocialFixture.reset(db.dsl());

        try (Connection connection = db.dataSource().getConnection()) {
            // when likes are written and a user deleted with the counter off, in one transaction
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(db.engine() == Engine.POSTGRES
                        ? "select set_config('cookbook.like_count', 'off', true)"
                        : "set @cookbook_like_count = 'off'");
                statement.executeUpdate("insert into post_likes (post_id, user_id) values (6, 1), (6, 2), (7, 1)");
                statement.executeUpdate("delete from users where id = 6");
            }
            connection.commit();

            // then the counters are still those of the fixture: neither the likes nor 🐶cat's cascade counted
            assertThat(counters(db)).containsExactly("1: 4", "2: 3", "3: 3", "4: 2", "5: 2", "6: 0", "7: 0", "8: 0");

            // and a recount fixes the four wrong ones: 1 and 2 lost 🐶cat's like, 6 and 7 gained
            assertThat(LikeCounter.recount(connection)).isEqualTo(4);
            connection.commit();
            assertThat(counters(db)).containsExactly("1: 3", "2: 2", "3: 3", "4: 2", "5: 2", "6: 2", "7: 1", "8: 0");
            assertThat(LikeCounter.recount(connection)).isZero();
        }
    }

    @EngineTest
    void theCounterCountsAgainOnceTheSessionSwitchesItBackOn(TestDatabase db) throws SQLException {
        // given a connection that switched the counter off and on again (PostgreSQL: the transaction ended)
        SocialFixture.reset(db.dsl());
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            if (db.engine() == Engine.POSTGRES) {
                connection.setAutoCommit(false);
                statement.execute("select set_config('cookbook.like_count', 'off', true)");
                connection.commit();
                connection.setAutoCommit(true);
            } else {
                statement.execute("set @cookbook_like_count = 'off'");
                statement.execute("set @cookbook_like_count = null");
            }

            // when
            statement.executeUpdate("insert into post_likes (post_id, user_id) values (6, 1)");
        }

        // then
        assertThat(counters(db)).containsExactly("1: 4", "2: 3", "3: 3", "4: 2", "5: 2", "6: 1", "7: 0", "8: 0");
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static String serverVersion(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private static List<String> counters(TestDatabase db) {
        return TableRows.dsl(db).select(POSTS.ID, POSTS.LIKE_COUNT).from(POSTS).orderBy(POSTS.ID).fetch()
                .map(r -> r.value1() + ": " + r.value2());
    }
}
