package io.github.querycookbook;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostWithAuthor;
import java.util.Collection;
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

    /** Every post with its author's username, newest first (created_at descending, then id descending). */
    List<PostWithAuthor> postsWithAuthor();

    /** The usernames of everyone who liked the post, in the engine's ascending order; empty for an unknown post. */
    List<String> likersOf(long postId);

    /** The posts nobody liked, newest first (created_at descending, then id descending). */
    List<Post> postsWithoutLikes();

    /** Whether the user liked the post; false when either id is unknown. */
    boolean hasLiked(long userId, long postId);

    /**
     * The posts with these ids, id ascending. Duplicates and unknown ids are ignored; any number of ids works on every
     * engine, and no ids give an empty list without a query.
     *
     * @throws NullPointerException naming {@code ids} if the collection or one of its elements is null
     */
    List<Post> postsByIds(Collection<Long> ids);
}
