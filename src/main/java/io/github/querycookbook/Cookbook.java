package io.github.querycookbook;

import io.github.querycookbook.model.Activity;
import io.github.querycookbook.model.DailyLikes;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import java.time.LocalDate;
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

    /**
     * One entry per UTC day from {@code from} to {@code to}, both included, with that day's likes of the post; days
     * without likes have 0, and an unknown post gives 0 every day.
     *
     * @throws NullPointerException     if {@code from} or {@code to} is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}, or the range has more than 366 days
     */
    List<DailyLikes> dailyLikes(long postId, LocalDate from, LocalDate to);

    /**
     * What the user posted and what they liked, as one list, newest first, at most {@code limit} entries. Entries at
     * the same instant come {@code POSTED} before {@code LIKED}, then highest post id first. Empty for an unknown
     * user.
     *
     * @throws IllegalArgumentException unless {@code limit} is between 1 and 100
     */
    List<Activity> activityOf(long userId, int limit);
}
