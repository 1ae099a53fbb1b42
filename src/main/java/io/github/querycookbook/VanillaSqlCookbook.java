package io.github.querycookbook;

import io.github.querycookbook.ids.IdBatches;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostWithAuthor;
import io.github.querycookbook.vanilla.SqlRunner;
import io.github.querycookbook.vanilla.SqlRunner.RowMapper;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** Twin: {@code sql/posts_with_author.sql}. */
    @Override
    public List<PostWithAuthor> postsWithAuthor() {
        return sql.query("posts_with_author.sql", Map.of(), row -> new PostWithAuthor(
                row.getLong("id"), row.getString("content"), row.getLong("user_id"), row.getString("username"),
                row.getObject("created_at", LocalDateTime.class)));
    }

    /** Twin: {@code sql/likers_of.sql}. */
    @Override
    public List<String> likersOf(long postId) {
        return sql.query("likers_of.sql", Map.of("post_id", postId), row -> row.getString("username"));
    }

    /** Twin: {@code sql/posts_without_likes.sql}. */
    @Override
    public List<Post> postsWithoutLikes() {
        return sql.query("posts_without_likes.sql", Map.of(), POST);
    }

    /** Twin: {@code sql/has_liked.sql}. */
    @Override
    public boolean hasLiked(long userId, long postId) {
        return sql.query("has_liked.sql", Map.of("user_id", userId, "post_id", postId), row -> row.getBoolean("liked"))
                .get(0);
    }

    /** Twin: {@code sql/posts_by_ids.sql}, run once per batch of {@link IdBatches}. */
    @Override
    public List<Post> postsByIds(Collection<Long> ids) {
        List<Post> found = new ArrayList<>();
        for (List<Long> batch : IdBatches.of(ids)) {
            found.addAll(sql.query("posts_by_ids.sql", Map.of("ids", batch), POST));
        }
        return found;
    }
}
