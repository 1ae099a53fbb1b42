package io.github.querycookbook;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.model.User;
import java.util.List;
import java.util.Optional;

/**
 * The recipes, one method each. {@link QueryCookbook} answers them with jOOQ, {@link VanillaSqlCookbook} with the
 * plain SQL files under {@code sql/}; the tests prove both give the same answers on H2, PostgreSQL and MariaDB.
 */
public interface Cookbook {

    /** Every post, newest first; posts created at the same instant come highest id first. */
    List<Post> postsNewestFirst();

    /** Every post with its number of likes, posts without likes included (with 0); most liked first, ties by id. */
    List<PostLikeCount> postsByLikeCount();

    /**
     * The distinct usernames of everyone who liked at least one post by {@code authorId}, the author included if
     * they liked their own post, in the engine's ascending order. Empty for an unknown author or one without likes.
     */
    List<String> likersOfPostsBy(long authorId);

    /** The post with this id, or empty. */
    Optional<Post> findPost(long postId);

    /**
     * The post with this id.
     *
     * @throws NotFoundException if there is none; a web layer maps it to 404
     */
    Post getPost(long postId);

    /** The author's posts, newest first, ties by id descending; empty for an unknown author. */
    List<Post> postsBy(long authorId);

    /** The user whose username is exactly {@code username}, case and emoji included, or empty. */
    Optional<User> findUserByUsername(String username);

    /**
     * The user whose username is exactly {@code username}, case and emoji included.
     *
     * @throws NotFoundException if there is none, naming the table, the column and the value; a web layer maps it
     *                           to 404
     */
    User getUserByUsername(String username);

    /**
     * The posts that meet every criterion set in {@code search}, newest first, ties by id descending;
     * {@code PostSearch.all()} gives every post. See {@link PostSearch} for each criterion.
     */
    List<Post> searchPosts(PostSearch search);
}
