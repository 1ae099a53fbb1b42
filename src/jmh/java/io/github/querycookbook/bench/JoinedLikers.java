package io.github.querycookbook.bench;

import io.github.querycookbook.model.PostWithLikers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written JOIN of {@code sql/posts_with_likers.sql} for a block of post ids: one row per post and liker,
 * grouped back into posts in Java, in one pass over rows sorted by post. A prepared statement kept for the trial,
 * as a tuned JDBC application would.
 */
final class JoinedLikers implements AutoCloseable {

    private static final String SQL = """
            SELECT posts.id, posts.content, users.username
            FROM posts
            LEFT JOIN post_likes ON post_likes.post_id = posts.id
            LEFT JOIN users ON users.id = post_likes.user_id
            WHERE posts.id BETWEEN ? AND ?
            ORDER BY posts.created_at DESC, posts.id DESC, users.username""";

    private final PreparedStatement statement;

    JoinedLikers(Connection connection) throws SQLException {
        this.statement = connection.prepareStatement(SQL);
    }

    List<PostWithLikers> between(long first, long last) throws SQLException {
        statement.setLong(1, first);
        statement.setLong(2, last);
        List<PostWithLikers> posts = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            long current = -1;
            String content = null;
            List<String> likers = new ArrayList<>();
            while (rows.next()) {
                long id = rows.getLong(1);
                if (id != current && current != -1) {
                    posts.add(new PostWithLikers(current, content, likers));
                    likers = new ArrayList<>();
                }
                current = id;
                content = rows.getString(2);
                String username = rows.getString(3);
                if (username != null) {
                    likers.add(username);
                }
            }
            if (current != -1) {
                posts.add(new PostWithLikers(current, content, likers));
            }
        }
        return posts;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
