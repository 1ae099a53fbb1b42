package consumer;

import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.NotFoundException;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.model.PostLikeCount;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Uses the cookbook exactly as its README tells a new user to, and fails loudly on any wrong answer. */
public class ConsumerApp {

    public static void main(String[] args) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:consumer;DB_CLOSE_DELAY=-1");
        CookbookSchema.migrate(dataSource);
        CookbookSchema.migrate(dataSource);
        insertData(dataSource);

        QueryCookbook cookbook = new QueryCookbook(DSL.using(dataSource, SQLDialect.H2));
        check(cookbook.postsNewestFirst().stream().map(p -> p.id()).toList(), List.of(2L, 1L));
        check(cookbook.postsByLikeCount(), List.of(new PostLikeCount(1, "first", 1, 2),
                new PostLikeCount(2, "second", 2, 0)));
        check(cookbook.likersOfPostsBy(1), List.of("alice", "bob"));
        check(cookbook.findPost(2).map(p -> p.content()).orElseThrow(), "second");
        check(cookbook.getPost(1).content(), "first");
        check(cookbook.postsBy(2).size(), 1);
        try {
            cookbook.getPost(404);
            throw new IllegalStateException("getPost(404) should have thrown NotFoundException");
        } catch (NotFoundException expected) {
            check(expected.getMessage(), "No row in table posts with id 404");
        }
        System.out.println("consumer: every recipe answered correctly, and getPost(404) threw NotFoundException");
    }

    private static void insertData(JdbcDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO users (id, username) VALUES (1, 'alice'), (2, 'bob')");
            statement.execute("INSERT INTO posts (id, user_id, content, created_at) VALUES "
                    + "(1, 1, 'first', TIMESTAMP '2024-01-01 10:00:00'), "
                    + "(2, 2, 'second', TIMESTAMP '2024-01-02 10:00:00')");
            statement.execute("INSERT INTO post_likes (post_id, user_id) VALUES (1, 1), (1, 2)");
        }
    }

    private static void check(Object actual, Object expected) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("expected " + expected + " but got " + actual);
        }
    }
}
