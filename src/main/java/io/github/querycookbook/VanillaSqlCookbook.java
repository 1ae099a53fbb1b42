package io.github.querycookbook;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.vanilla.SqlFile;
import io.github.querycookbook.vanilla.SqlRunner;
import io.github.querycookbook.vanilla.SqlRunner.RowMapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The recipes' vanilla-SQL twin: each method runs its file from the top-level {@code sql/} folder through plain
 * JDBC. The files are standalone SQL with {@code :named} parameters, ready to paste into psql, the H2 console or the
 * mariadb client once values are substituted.
 */
public final class VanillaSqlCookbook implements Cookbook {

    private static final SqlFile POSTS_NEWEST_FIRST = SqlFile.load("posts_newest_first.sql");
    private static final SqlFile POSTS_BY_LIKE_COUNT = SqlFile.load("posts_by_like_count.sql");
    private static final SqlFile LIKERS_OF_POSTS_BY = SqlFile.load("likers_of_posts_by.sql");
    private static final SqlFile FIND_POST = SqlFile.load("find_post.sql");
    private static final SqlFile POSTS_BY = SqlFile.load("posts_by.sql");

    private static final RowMapper<Post> POST = row -> new Post(
            row.getLong("id"), row.getLong("user_id"), row.getString("content"),
            row.getObject("created_at", LocalDateTime.class));
    private static final RowMapper<PostLikeCount> POST_LIKE_COUNT = row -> new PostLikeCount(
            row.getLong("id"), row.getString("content"), row.getLong("user_id"), row.getLong("like_count"));

    private final SqlRunner sql;

    public VanillaSqlCookbook(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource);
    }

    /** Twin: {@code sql/posts_newest_first.sql}. */
    @Override
    public List<Post> postsNewestFirst() {
        return sql.query(POSTS_NEWEST_FIRST, Map.of(), POST);
    }

    /** Twin: {@code sql/posts_by_like_count.sql}. */
    @Override
    public List<PostLikeCount> postsByLikeCount() {
        return sql.query(POSTS_BY_LIKE_COUNT, Map.of(), POST_LIKE_COUNT);
    }

    /** Twin: {@code sql/likers_of_posts_by.sql}. */
    @Override
    public List<String> likersOfPostsBy(long authorId) {
        return sql.query(LIKERS_OF_POSTS_BY, Map.of("author_id", authorId), row -> row.getString("username"));
    }

    /** Twin: {@code sql/find_post.sql}. */
    @Override
    public Optional<Post> findPost(long postId) {
        return sql.query(FIND_POST, Map.of("post_id", postId), POST).stream().findFirst();
    }

    /** Twin: {@code sql/find_post.sql}, throwing when it finds nothing. */
    @Override
    public Post getPost(long postId) {
        return findPost(postId).orElseThrow(() -> new NotFoundException("posts", postId));
    }

    /** Twin: {@code sql/posts_by.sql}. */
    @Override
    public List<Post> postsBy(long authorId) {
        return sql.query(POSTS_BY, Map.of("author_id", authorId), POST);
    }
}
