package io.github.querycookbook;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.model.User;
import io.github.querycookbook.search.PostSearchQueries;
import io.github.querycookbook.vanilla.SqlRunner;
import io.github.querycookbook.vanilla.SqlRunner.RowMapper;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The recipes' vanilla-SQL twin: each method runs its file from the top-level {@code sql/} folder through plain
 * JDBC. Where an engine needs different SQL, its vendor file ({@code sql/mariadb/…}, {@code sql/postgres/…},
 * {@code sql/h2/…}) stands in for the common one; the engine is read from the connection's metadata once. The files are standalone SQL with {@code :named} parameters, ready to paste into psql, the H2 console or the
 * mariadb client once values are substituted.
 */
public final class VanillaSqlCookbook implements Cookbook {

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
        return sql.query("posts_newest_first.sql", Map.of(), POST);
    }

    /** Twin: {@code sql/posts_by_like_count.sql}. */
    @Override
    public List<PostLikeCount> postsByLikeCount() {
        return sql.query("posts_by_like_count.sql", Map.of(), POST_LIKE_COUNT);
    }

    /** Twin: {@code sql/likers_of_posts_by.sql}. */
    @Override
    public List<String> likersOfPostsBy(long authorId) {
        return sql.query("likers_of_posts_by.sql", Map.of("author_id", authorId), row -> row.getString("username"));
    }

    /** Twin: {@code sql/find_post.sql}. */
    @Override
    public Optional<Post> findPost(long postId) {
        return sql.query("find_post.sql", Map.of("post_id", postId), POST).stream().findFirst();
    }

    /** Twin: {@code sql/find_post.sql}, throwing when it finds nothing. */
    @Override
    public Post getPost(long postId) {
        return findPost(postId).orElseThrow(() -> new NotFoundException("posts", postId));
    }

    /** Twin: {@code sql/posts_by.sql}. */
    @Override
    public List<Post> postsBy(long authorId) {
        return sql.query("posts_by.sql", Map.of("author_id", authorId), POST);
    }

    /** Twin: {@code sql/find_user_by_username.sql}. */
    @Override
    public Optional<User> findUserByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return sql.query("find_user_by_username.sql", Map.of("username", username), USER).stream().findFirst();
    }

    /** Twin: {@code sql/find_user_by_username.sql}, throwing when it finds nothing. */
    @Override
    public User getUserByUsername(String username) {
        return findUserByUsername(username)
                .orElseThrow(() -> new NotFoundException("users", "username", username));
    }

    /** Twin: {@code sql/search_posts.sql}, every criterion bound; an unset one as null, which the file skips. */
    @Override
    public List<Post> searchPosts(PostSearch search) {
        Objects.requireNonNull(search, "search");
        Map<String, Object> criteria = new HashMap<>();
        criteria.put("author_id", search.authorId());
        criteria.put("pattern", search.text() == null ? null : PostSearchQueries.containsPattern(search.text()));
        criteria.put("created_from", search.createdFrom());
        criteria.put("created_before", search.createdBefore());
        criteria.put("min_likes", search.minLikes());
        return sql.query("search_posts.sql", criteria, POST);
    }

    private static final RowMapper<User> USER = row -> new User(row.getLong("id"), row.getString("username"));
}
