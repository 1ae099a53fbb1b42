package io.github.querycookbook.likes;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.param;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.PostLikeCount;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record4;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;

/**
 * The queries of the recipes that join through {@code post_likes}. Each method only builds its query: execute it,
 * or render it with {@code getSQL()} on a {@link CookbookDsl#detached detached} context. Bind values carry the twin
 * files' parameter names (see {@code PostQueries}).
 */
public final class LikeQueries {

    /** Maps the rows of {@link #postsByLikeCount()} to {@link PostLikeCount}. */
    public static final RecordMapper<Record4<Long, String, Long, Long>, PostLikeCount> TO_POST_LIKE_COUNT =
            r -> new PostLikeCount(r.value1(), r.value2(), r.value3(), r.value4());

    private final DSLContext dsl;

    public LikeQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * Every post with its like count, most liked first. Twin: {@code sql/posts_by_like_count.sql}.
     * <pre>{@code
     * select posts.id, posts.content, posts.user_id, count(post_likes.user_id) as like_count
     * from posts
     *   left outer join post_likes on post_likes.post_id = posts.id
     * group by posts.id, posts.content, posts.user_id
     * order by like_count desc, posts.id asc
     * }</pre>
     *
     * <p>Use it for a "most liked" list. Not as is for large tables: it groups every post with its content; aggregate
     * {@code post_likes} in a derived table first and join the counts to the posts. Pitfalls: the seed's inner join
     * silently drops posts that nobody liked, and {@code count(*)} over the left join counts the all-null row that
     * keeps such a post as one like; counting a column of {@code post_likes} gives 0. Without the {@code id}
     * tie-breaker, posts with equal counts come in any order.
     *
     * <p>Cost: O(posts + likes) on every call: every like is read and counted, and every post sorted by its count,
     * before the first row comes back; no index holds the order of a count; measured with ScalingCheck (PostgreSQL 15,
     * median of 3 calls after 1, JIT warm, on 2 cores at load average 20 to 28): 901 ms at 10^5 likes, 4245 ms at 10^6.
     * The scalable alternative is the counter recipe {@code topPostsByLikeCount(limit)}, a range scan of
     * {@code ix_posts_like_count_id} that costs O(log N + limit) however many likes there are, and
     * {@code topPostsByLikeCountAfter(after, limit)} for the pages after it.
     */
    public ResultQuery<Record4<Long, String, Long, Long>> postsByLikeCount() {
        // coerce, not cast: the engines' count is already wide enough, only jOOQ's Integer default is not
        Field<Long> likeCount = count(POST_LIKES.USER_ID).coerce(Long.class).as("like_count");
        return dsl.select(POSTS.ID, POSTS.CONTENT, POSTS.USER_ID, likeCount)
                .from(POSTS)
                .leftJoin(POST_LIKES).on(POST_LIKES.POST_ID.eq(POSTS.ID))
                .groupBy(POSTS.ID, POSTS.CONTENT, POSTS.USER_ID)
                .orderBy(likeCount.desc(), POSTS.ID.asc());
    }

    /**
     * The distinct usernames of everyone who liked a post by {@code authorId}, in the engine's ascending order.
     * Twin: {@code sql/likers_of_posts_by.sql}.
     * <pre>{@code
     * select distinct users.username
     * from users
     *   join post_likes on post_likes.user_id = users.id
     *   join posts on posts.id = post_likes.post_id
     * where posts.user_id = :author_id
     * order by users.username
     * }</pre>
     *
     * <p>Use it to list an author's fans. Not for counting them: {@code count(distinct users.id)} answers that
     * without fetching every name. Pitfalls: the seed filters with {@code HAVING} and no {@code GROUP BY}, which fails
     * on all three engines; a filter on rows belongs in {@code WHERE}. Without {@code distinct}, a fan who liked three
     * of the author's posts appears three times. The order of non-ASCII names follows each engine's collation, so it
     * can differ between engines.
     */
    public ResultQuery<Record1<String>> likersOfPostsBy(long authorId) {
        return dsl.selectDistinct(USERS.USERNAME)
                .from(USERS)
                .join(POST_LIKES).on(POST_LIKES.USER_ID.eq(USERS.ID))
                .join(POSTS).on(POSTS.ID.eq(POST_LIKES.POST_ID))
                .where(POSTS.USER_ID.eq(param("author_id", authorId)))
                .orderBy(USERS.USERNAME);
    }
}
