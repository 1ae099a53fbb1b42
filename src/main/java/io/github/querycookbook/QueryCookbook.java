package io.github.querycookbook;

import io.github.querycookbook.likes.LikeQueries;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.model.User;
import io.github.querycookbook.posts.PostQueries;
import io.github.querycookbook.search.PostSearchQueries;
import io.github.querycookbook.users.UserQueries;
import java.util.List;
import java.util.Objects;
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
    private final UserQueries users;
    private final PostSearchQueries search;

    /** Takes a plain {@code DSL.using(dataSource, dialect)}; the cookbook derives the settings it needs. */
    public QueryCookbook(DSLContext dsl) {
        this.posts = new PostQueries(dsl);
        this.likes = new LikeQueries(dsl);
        this.users = new UserQueries(dsl);
        this.search = new PostSearchQueries(dsl);
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

    /** The query behind the user-reading recipes. */
    public UserQueries userQueries() {
        return users;
    }

    /** The query behind the post search. */
    public PostSearchQueries postSearchQueries() {
        return search;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link UserQueries#byUsername(String)}, whose Javadoc shows the SQL and the pitfall. Twin: {@code sql/find_user_by_username.sql}.
     */
    @Override
    public Optional<User> findUserByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return users.byUsername(username).fetchOptional(UserQueries.TO_USER);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link UserQueries#byUsername(String)}, whose Javadoc shows the SQL and the pitfall. Twin: {@code sql/find_user_by_username.sql}.
     */
    @Override
    public User getUserByUsername(String username) {
        return findUserByUsername(username)
                .orElseThrow(() -> new NotFoundException("users", "username", username));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PostSearchQueries#search(PostSearch)}, whose Javadoc shows the SQL and the pitfall. Twin: {@code sql/search_posts.sql}.
     */
    @Override
    public List<Post> searchPosts(PostSearch search) {
        return this.search.search(search).fetch(PostQueries.TO_POST);
    }
}
