package io.github.querycookbook;

import io.github.querycookbook.model.Activity;
import io.github.querycookbook.model.AuthorLikes;
import io.github.querycookbook.model.AuthorSummary;
import io.github.querycookbook.model.DailyLikes;
import io.github.querycookbook.model.ExportFormat;
import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.FeedPage;
import io.github.querycookbook.model.Like;
import io.github.querycookbook.model.Page;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostLikeStats;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.model.PostWithAuthor;
import io.github.querycookbook.model.PostWithLikers;
import io.github.querycookbook.model.RankedPost;
import io.github.querycookbook.model.Recommendation;
import io.github.querycookbook.model.User;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

    /**
     * Page {@code pageNumber} of {@link #postsByLikeCount()}, in the same order, with the totals: {@code totalItems}
     * posts on {@code totalPages} pages. A page past the end has no items and the same totals.
     *
     * @param pageNumber which page, counting from 1; any number up to {@code Integer.MAX_VALUE}
     * @param pageSize   how many posts a page holds, 1 to 100
     * @throws IllegalArgumentException if {@code pageNumber} is below 1 or {@code pageSize} is not 1 to 100
     */
    Page<PostLikeCount> postsByLikeCountPage(int pageNumber, int pageSize);

    /**
     * Up to {@code limit} posts in {@link #postsNewestFirst()} order, strictly after {@code after}; walking the pages
     * by their {@code next} cursor gives every post once, even when posts are inserted between two pages.
     *
     * @param after the cursor of the last post seen, from a page or made by the caller; {@code null} for the first
     *              page
     * @param limit how many posts a page holds at most, 1 to 100
     * @return the posts, and the cursor of the last one unless no post follows it
     * @throws IllegalArgumentException if {@code limit} is not 1 to 100
     */
    FeedPage feed(FeedCursor after, int limit);

    /**
     * The likes each user received over all their posts, self-likes included, for the users with at least
     * {@code minLikes} of them; with 0 that is every user, those without posts included (with 0). Most likes first,
     * ties by user id.
     *
     * @throws IllegalArgumentException if {@code minLikes} is negative
     */
    List<AuthorLikes> authorsWithAtLeast(long minLikes);

    /**
     * Every post, those without likes included, with its likes of all time and its likes given at or after
     * {@code since} (a UTC time), by post id.
     *
     * @throws NullPointerException if {@code since} is null
     */
    List<PostLikeStats> likeStatsSince(LocalDateTime since);

    /**
     * For every user who has posts, their most-liked post, with 0 if none of their posts has likes; ties go to the
     * newest post, then to the higher id. By user id.
     */
    List<PostLikeCount> topPostPerAuthor();

    /**
     * Every post with its number of likes and its {@code rank} and {@code dense_rank} by that number, so that ties
     * are visible; most liked first, ties by post id.
     */
    List<RankedPost> rankPostsByLikes();

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

    /**
     * Creates a user and returns it as stored, with its generated id, from one {@code insert … returning}. Safe when
     * many callers create the same name at once: exactly one gets the user, the others get
     * {@link AlreadyExistsException}. Transaction: its own, committed, unless the connection is in a caller's
     * transaction (auto-commit off), which it joins under a savepoint and never commits; see
     * {@link io.github.querycookbook.writes.WriteTransaction}.
     *
     * @param username at most 1024 Java chars (UTF-16 units), which fits {@code VARCHAR(1024)} on every engine
     * @throws NullPointerException     {@code username} if it is null; nothing is written
     * @throws IllegalArgumentException if it is blank or longer than 1024 chars; nothing is written
     * @throws AlreadyExistsException   if a user has this exact username; nothing is written
     */
    User createUser(String username);

    /**
     * Creates a post by {@code authorId} and returns it as stored, with its generated id and the {@code created_at}
     * the database gave it. Transaction: its own, or a savepoint of the caller's (see {@link #createUser(String)}).
     *
     * @throws NullPointerException     {@code content} if it is null; nothing is written
     * @throws IllegalArgumentException if {@code content} is blank; nothing is written
     * @throws NotFoundException        naming {@code users} if there is no such author; nothing is written
     */
    Post createPost(long authorId, String content);

    /**
     * Adds the user's like of the post, idempotently: true when it added the like, false when the like was there.
     * Safe when many callers like the same post at once: exactly one gets true, and none gets an exception.
     * Transaction: its own, or a savepoint of the caller's (see {@link #createUser(String)}).
     *
     * @throws NotFoundException naming {@code users} for an unknown user, else {@code posts} for an unknown post
     */
    boolean like(long userId, long postId);

    /**
     * Removes the user's like of the post: true when it removed one, false when there was none, unknown ids
     * included. Transaction: its own, or a savepoint of the caller's (see {@link #createUser(String)}).
     */
    boolean unlike(long userId, long postId);

    /**
     * Adds many likes in one transaction, skipping those that exist and duplicates within {@code likes}; returns how
     * many rows it added. Every referenced user and post is checked first: an unknown one writes nothing. The
     * transaction is its own, or a savepoint of the caller's (see {@link #createUser(String)}).
     *
     * @throws NullPointerException {@code likes} if the collection is null, {@code likes must not contain null} if an
     *                              element is; nothing is written
     * @throws NotFoundException    naming {@code users} or {@code posts} and the first unknown id in the caller's
     *                              order, users before posts; nothing is written
     */
    int importLikes(Collection<Like> likes);

    /**
     * The other posts liked by the users who liked this one, most shared likers first, ties by post id ascending, at
     * most {@code limit}. The post itself is never in the list, nor a post that shares no liker; an author's like of
     * their own post counts like any other. Empty for a post without likes or an unknown post.
     *
     * @throws IllegalArgumentException unless {@code limit} is between 1 and 100
     */
    List<Recommendation> alsoLiked(long postId, int limit);

    /**
     * Every post, newest first (created_at descending, then id descending), with the usernames of everyone who liked
     * it in the engine's ascending order; an empty list for a post nobody liked. One statement, however many posts.
     */
    List<PostWithLikers> postsWithLikers();

    /**
     * Every user, id ascending, with their posts newest first (created_at descending, then id descending), each with
     * its like count; an empty list for a user without posts. One statement, however many users and posts.
     */
    List<AuthorSummary> authorSummaries();

    /**
     * {@link #postsByLikeCount()} as a JSON array built by the database, in the same order: one object per post with
     * exactly the keys {@code content}, {@code id}, {@code like_count} and {@code user_id}, in that order, the ids
     * and the count as JSON integers; {@code []} when there are no posts.
     *
     * @throws IllegalStateException on MariaDB, when the array outgrows the server's {@code group_concat_max_len}
     *                               (1 MiB by default) rather than returning it cut
     */
    String postsByLikeCountJson();

    /**
     * The {@code limit} most liked posts, in the order of {@link #postsByLikeCount()} (most liked first, ties by id),
     * read from the counter {@code posts.like_count} that the database's triggers keep: an index range scan, whatever
     * the number of likes.
     *
     * @throws IllegalArgumentException unless {@code limit} is between 1 and 1000
     */
    List<PostLikeCount> topPostsByLikeCount(int limit);

    /**
     * The next {@code limit} posts of {@link #topPostsByLikeCount(int)}'s ranking strictly after {@code after}, the
     * last post of the previous page; its {@code id} and {@code likeCount} place the cursor. A post whose count
     * changes between two pages may be skipped or shown twice.
     *
     * @throws NullPointerException     if {@code after} is null
     * @throws IllegalArgumentException unless {@code limit} is between 1 and 1000
     */
    List<PostLikeCount> topPostsByLikeCountAfter(PostLikeCount after, int limit);

    /**
     * Writes every post with its number of likes to {@code out}, by post id, as it reads them: the heap stays flat
     * however many posts there are (under 64 MB for 10<sup>6</sup> posts, measured). {@link ExportFormat#CSV}
     * writes the header {@code id,user_id,content,like_count} and one RFC 4180 record per post;
     * {@link ExportFormat#JSON_LINES} one object per line with the same keys in the same order. Lines end with CRLF
     * in CSV, LF in JSON lines. It flushes {@code out} at the end and never closes it; give it a UTF-8 writer to keep
     * every character.
     * Transaction: its own, read-only in effect, unless the connection is in a caller's transaction (auto-commit
     * off), which it reads in.
     *
     * @return how many posts it wrote
     * @throws NullPointerException          naming {@code out} or {@code format} if it is null; nothing is read
     * @throws java.io.UncheckedIOException  if {@code out} throws, saying after how many posts, with the
     *                                       {@link java.io.IOException} as its cause; the connection is released
     */
    long exportPostLikeCounts(Writer out, ExportFormat format);
}
