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

    @Override
    public List<Post> postsNewestFirst() {
        return posts.newestFirst().fetch(PostQueries.TO_POST);
    }

    @Override
    public List<PostLikeCount> postsByLikeCount() {
        return likes.postsByLikeCount().fetch(LikeQueries.TO_POST_LIKE_COUNT);
    }

    @Override
    public List<String> likersOfPostsBy(long authorId) {
        return likes.likersOfPostsBy(authorId).fetch(r -> r.value1());
    }

    @Override
    public Optional<Post> findPost(long postId) {
        return posts.byId(postId).fetchOptional(PostQueries.TO_POST);
    }

    @Override
    public Post getPost(long postId) {
        return findPost(postId).orElseThrow(() -> new NotFoundException("posts", postId));
    }

    @Override
    public List<Post> postsBy(long authorId) {
        return posts.byAuthor(authorId).fetch(PostQueries.TO_POST);
    }
}
