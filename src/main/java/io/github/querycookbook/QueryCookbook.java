package io.github.querycookbook;

import io.github.querycookbook.likes.LikeQueries;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.posts.PostQueries;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The recipes, answered with jOOQ's DSL and the generated schema classes. Each method runs the query that
 * {@link PostQueries} or {@link LikeQueries} builds and maps its rows to the {@code model} records.
 *
 * <pre>{@code
 * Cookbook cookbook = new QueryCookbook(DSL.using(dataSource, SQLDialect.POSTGRES));
 * List<Post> posts = cookbook.postsNewestFirst();
 * }</pre>
 */
public final class QueryCookbook implements Cookbook {

    private final PostQueries posts;
    private final LikeQueries likes;

    /** Takes a plain {@code DSL.using(dataSource, dialect)}; the cookbook derives the settings it needs. */
    public QueryCookbook(DSLContext dsl) {
        this.posts = new PostQueries(dsl);
        this.likes = new LikeQueries(dsl);
    }

    /** The queries behind the post-reading recipes, to run, render or compose yourself. */
    public PostQueries postQueries() {
        return posts;
    }

    /** The queries behind the recipes that join through {@code post_likes}. */
    public LikeQueries likeQueries() {
        return likes;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PostQueries#newestFirst()}, whose Javadoc shows the SQL and the pitfall. Twin: {@code sql/posts_newest_first.sql}.
     */
    @Override
    public List<Post> postsNewestFirst() {
        return posts.newestFirst().fetch(PostQueries.TO_POST);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link LikeQueries#postsByLikeCount()}, whose Javadoc shows the SQL and the pitfall. Twin: {@code sql/posts_by_like_count.sql}.
     */
    @Override
    public List<PostLikeCount> postsByLikeCount() {
        return likes.postsByLikeCount().fetch(LikeQueries.TO_POST_LIKE_COUNT);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link LikeQueries#likersOfPostsBy(long)}, whose Javadoc shows the SQL and the pitfall. Twin: {@code sql/likers_of_posts_by.sql}.
     */
    @Override
    public List<String> likersOfPostsBy(long authorId) {
        return likes.likersOfPostsBy(authorId).fetch(r -> r.value1());
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PostQueries#byId(long)}, whose Javadoc shows the SQL and the pitfall. Twin: {@code sql/find_post.sql}.
     */
    @Override
    public Optional<Post> findPost(long postId) {
        return posts.byId(postId).fetchOptional(PostQueries.TO_POST);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PostQueries#byId(long)}, whose Javadoc shows the SQL and the pitfall. Twin: {@code sql/find_post.sql}.
     */
    @Override
    public Post getPost(long postId) {
        return findPost(postId).orElseThrow(() -> new NotFoundException("posts", postId));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PostQueries#byAuthor(long)}, whose Javadoc shows the SQL and the pitfall. Twin: {@code sql/posts_by.sql}.
     */
    @Override
    public List<Post> postsBy(long authorId) {
        return posts.byAuthor(authorId).fetch(PostQueries.TO_POST);
    }
}
