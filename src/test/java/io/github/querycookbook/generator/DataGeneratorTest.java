package io.github.querycookbook.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.GeneratedIds;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Loading on each engine: the database holds exactly the generated rows (the same digests on every engine, pinned
 * as literals), {@code like_count} equals the likes of each post, and the identities continue after the loaded ids.
 * Each test starts by emptying the class's database, as the generator loads only into empty tables.
 */
class DataGeneratorTest {

    private static final DataSpec SPEC = new DataSpec(200, 300, 3_000, 7);
    private static final String USERS = "985b07ccdee58c5e7a1fc0c130e8eaa59a8c9a15139f1425a7ba28a965daa32a";
    private static final String POSTS = "f442656e3d136aede21c3aab99ba5452d4555418500a23a4e4e29f5dd97ee672";
    private static final String LIKES = "8a5c57f9f920c995b725b8ebb155eb42ae8786c6411eba7f96740e8ec5e26e8f";

    @EngineTest
    void loadsTheSameRowsOnEveryEngineAndOnEveryLoad(TestDatabase db) throws SQLException {
        // given
        empty(db.dataSource());
        new DataGenerator(SPEC).load(db.dataSource());
        List<String> first = digests(db.dataSource());
        empty(db.dataSource());

        // when
        LoadReport report = new DataGenerator(SPEC).load(db.dataSource());

        // then
        assertThat(report.users()).isEqualTo(200);
        assertThat(report.posts()).isEqualTo(300);
        assertThat(report.likes()).isEqualTo(3_000);
        assertThat(digests(db.dataSource())).isEqualTo(first).containsExactly(USERS, POSTS, LIKES);
    }

    @EngineTest
    void writesExactlyTheRowsOfTheGeneratorsOwnStreams(TestDatabase db) throws SQLException {
        // given
        empty(db.dataSource());
        SocialData data = new SocialData(SPEC);

        // when
        new DataGenerator(SPEC).load(db.dataSource());

        // then
        assertThat(digests(db.dataSource()))
                .containsExactly(RowDigest.users(data), RowDigest.posts(data), RowDigest.likes(data));
    }

    @EngineTest
    void keepsEveryLikeCountEqualToTheLikesOfItsPost(TestDatabase db) throws SQLException {
        // given
        empty(db.dataSource());

        // when
        new DataGenerator(SPEC).load(db.dataSource());

        // then
        assertThat(count(db.dataSource(), "SELECT COUNT(*) FROM post_likes")).isEqualTo(3_000);
        assertThat(count(db.dataSource(), "SELECT COUNT(*) FROM posts p WHERE p.like_count <> "
                + "(SELECT COUNT(*) FROM post_likes l WHERE l.post_id = p.id)")).isZero();
        assertThat(count(db.dataSource(), "SELECT SUM(like_count) FROM posts")).isEqualTo(3_000);
    }

    @EngineTest
    void continuesTheIdentitiesAfterTheLoadedIds(TestDatabase db) {
        // given
        empty(db.dataSource());
        new DataGenerator(SPEC).load(db.dataSource());

        // when
        long userId = db.queryCookbook().createUser("newcomer").id();
        long postId = db.queryCookbook().createPost(userId, "Hello after the bulk load").id();

        // then 201 and 301 on a single server (on the cluster, each node steps by three)
        assertThat(userId).isIn(GeneratedIds.after(db, 200));
        assertThat(postId).isIn(GeneratedIds.after(db, 300));
    }

    @EngineTest
    void refusesTablesThatAlreadyHoldRowsAndWritesNothing(TestDatabase db) throws SQLException {
        // given
        empty(db.dataSource());
        db.queryCookbook().createUser("early bird");

        // when / then
        assertThatThrownBy(() -> new DataGenerator(SPEC).load(db.dataSource()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The generator loads only into empty tables, and users has rows: use a new database, or "
                        + "delete the rows of users, posts and post_likes");
        assertThat(count(db.dataSource(), "SELECT COUNT(*) FROM users")).isEqualTo(1);
    }

    @EngineTest
    void reportsProgressUpToEveryRow(TestDatabase db) {
        // given
        empty(db.dataSource());
        List<Long> done = new ArrayList<>();

        // when
        new DataGenerator(SPEC).load(db.dataSource(), (rows, total) -> {
            assertThat(total).isEqualTo(3_500);
            done.add(rows);
        });

        // then one report at the start and one per table's chunk, as the tables are smaller than a chunk
        assertThat(done).containsExactly(0L, 200L, 500L, 3_500L);
    }

    private static List<String> digests(DataSource dataSource) throws SQLException {
        return List.of(RowDigest.users(dataSource), RowDigest.posts(dataSource), RowDigest.likes(dataSource));
    }

    private static void empty(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("post_likes", "posts", "users")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
