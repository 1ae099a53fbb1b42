package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.Recommendation;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * {@code alsoLiked} keeps its limit whatever plan the statistics lead to. When MariaDB's statistics still describe
 * 10,000 likes while the table holds six, its optimiser runs the ranking once per post ({@code LATERAL DERIVED}) if
 * the posts are joined to it, and applied {@code limit} 1 to each post: MariaDB 11.4.5 returned three posts here.
 * MariaDB recomputes statistics in the background after a tenth of a table changes, so the random differential tests
 * met this by chance; here the statistics are frozen ({@code STATS_AUTO_RECALC = 0}) and the plan with them.
 */
class AlsoLikedStaleStatisticsTest {

    @EngineTest
    void keepsItsLimitWhenTheStatisticsDescribeAMuchBiggerTable(TestDatabase db) throws SQLException {
        // given statistics taken at 10,000 likes (200 users each liking posts 1 to 50), then six likes of four posts
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            if (db.engine().isMariaDb()) {
                statement.execute("alter table posts stats_auto_recalc = 0");
                statement.execute("alter table post_likes stats_auto_recalc = 0");
            }
            insertUsersAndPosts(connection, 200);
            insertLikes(connection, 200, 50);
            statement.execute(db.engine().isMariaDb() ? "analyze table users, posts, post_likes" : "analyze");
            for (String table : List.of("post_likes", "posts", "users")) {
                statement.executeUpdate("delete from " + table);
            }
            insertUsersAndPosts(connection, 4);
            statement.executeUpdate("insert into post_likes (user_id, post_id) values "
                    + "(2, 1), (1, 1), (1, 2), (2, 3), (1, 4), (2, 2)");
        }

        // when
        List<Recommendation> byJooq = db.queryCookbook().alsoLiked(1, 1);
        List<Recommendation> byTwin = db.vanillaCookbook().alsoLiked(1, 1);

        // then post 2 alone, which both of post 1's likers liked (posts 3 and 4 have one each)
        assertThat(byJooq).containsExactly(new Recommendation(2, "post 2", 2));
        assertThat(byTwin).containsExactly(new Recommendation(2, "post 2", 2));
    }

    private static void insertUsersAndPosts(Connection connection, int count) throws SQLException {
        try (PreparedStatement user = connection.prepareStatement("insert into users (id, username) values (?, ?)");
                PreparedStatement post = connection.prepareStatement(
                        "insert into posts (id, user_id, content) values (?, 1, ?)")) {
            for (int id = 1; id <= count; id++) {
                user.setInt(1, id);
                user.setString(2, "user " + id);
                user.addBatch();
                post.setInt(1, id);
                post.setString(2, "post " + id);
                post.addBatch();
            }
            user.executeBatch();
            post.executeBatch();
        }
    }

    private static void insertLikes(Connection connection, int users, int posts) throws SQLException {
        try (PreparedStatement like = connection.prepareStatement(
                "insert into post_likes (user_id, post_id) values (?, ?)")) {
            for (int user = 1; user <= users; user++) {
                for (int post = 1; post <= posts; post++) {
                    like.setInt(1, user);
                    like.setInt(2, post);
                    like.addBatch();
                }
            }
            like.executeBatch();
        }
    }
}
