package io.github.querycookbook.stats;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.denseRank;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.orderBy;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.rowNumber;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.RankedPost;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.Table;

/**
 * The queries of the recipes that use window functions over grouped rows: the top row per group
 * ({@code row_number}) and rankings that show ties ({@code rank}, {@code dense_rank}). Each method only builds its
 * query: execute it, or render it with {@code getSQL()} on a {@link CookbookDsl#detached detached} context.
 */
public final class WindowQueries {

    /** Maps the rows of {@link #topPostPerAuthor()} to {@link PostLikeCount}. */
    public static final RecordMapper<Record4<Long, String, Long, Long>, PostLikeCount> TO_POST_LIKE_COUNT =
            Records.mapping(PostLikeCount::new);
    /** Maps the rows of {@link #rankPostsByLikes()} to {@link RankedPost}. */
    public static final RecordMapper<Record4<Long, Long, Long, Long>, RankedPost> TO_RANKED_POST =
            Records.mapping(RankedPost::new);

    private final DSLContext dsl;

    public WindowQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * Each author's most-liked post; ties go to the newest post, then to the higher id.
     * Twin: {@code sql/top_post_per_author.sql}.
     * <pre>{@code
     * select ranked.id, ranked.content, ranked.user_id, ranked.like_count
     * from (
     *   select posts.id, posts.content, posts.user_id, count(post_likes.user_id) as like_count,
     *     row_number() over (partition by posts.user_id
     *       order by count(post_likes.user_id) desc, posts.created_at desc, posts.id desc) as place
     *   from posts
     *     left outer join post_likes on post_likes.post_id = posts.id
     *   group by posts.id, posts.content, posts.user_id, posts.created_at
     * ) as ranked
     * where ranked.place = 1
     * order by ranked.user_id asc
     * }</pre>
     *
     * <p>Use it for "the top N per group" ({@code place <= N}). Not for the single top row of the whole table: an
     * {@code order by} with {@code limit 1} does that without a window. Pitfalls: a window function cannot be used
     * in {@code where} of its own query, because it is computed after the filter; filter it in an outer query. Its
     * {@code order by} needs the tie-breakers, or an author with two equally liked posts gets either one.
     *
     * <p>Cost: O(posts + likes): every like is counted and every post ranked within its author before the first row is
     * kept; measured with ScalingCheck (PostgreSQL 15, median of 3 calls after 1, JIT warm, on 2 cores at load average
     * 20 to 28): 675 ms at 10^5 likes, 1881 ms at 10^6. For one author, filter {@code posts.user_id} inside the derived
     * table, which {@code ix_posts_user_id_created_at_id} serves; with the counter, each author's top post is the first
     * by {@code like_count desc} among that author's posts alone.
     */
    public ResultQuery<Record4<Long, String, Long, Long>> topPostPerAuthor() {
        Field<Long> likes = count(POST_LIKES.USER_ID).coerce(Long.class);
        Field<Long> likeCount = likes.as("like_count");
        Field<Integer> place = rowNumber().over(partitionBy(POSTS.USER_ID)
                .orderBy(likes.desc(), POSTS.CREATED_AT.desc(), POSTS.ID.desc())).as("place");
        Table<?> ranked = dsl.select(POSTS.ID, POSTS.CONTENT, POSTS.USER_ID, likeCount, place)
                .from(POSTS)
                .leftJoin(POST_LIKES).on(POST_LIKES.POST_ID.eq(POSTS.ID))
                .groupBy(POSTS.ID, POSTS.CONTENT, POSTS.USER_ID, POSTS.CREATED_AT)
                .asTable("ranked");
        return dsl.select(ranked.field(POSTS.ID), ranked.field(POSTS.CONTENT), ranked.field(POSTS.USER_ID),
                        ranked.field(likeCount))
                .from(ranked)
                .where(ranked.field(place).eq(inline(1)))
                .orderBy(ranked.field(POSTS.USER_ID).asc());
    }

    /**
     * Every post with its like count and its {@code rank} and {@code dense_rank} by that count.
     * Twin: {@code sql/rank_posts_by_likes.sql}.
     * <pre>{@code
     * select posts.id, count(post_likes.user_id) as like_count,
     *   rank() over (order by count(post_likes.user_id) desc) as like_rank,
     *   dense_rank() over (order by count(post_likes.user_id) desc) as dense_like_rank
     * from posts
     *   left outer join post_likes on post_likes.post_id = posts.id
     * group by posts.id
     * order by like_count desc, posts.id asc
     * }</pre>
     *
     * <p>Use {@code rank} for a leaderboard where ties share a place and the next place is skipped (1, 2, 2, 4),
     * {@code dense_rank} for "the second-highest count" (1, 2, 2, 3). Not {@code row_number}: it numbers tied posts
     * 2 and 3 in an order the engine picks. Pitfall: the window's {@code order by} decides the ranks, the query's
     * {@code order by} only the order of the rows; without the {@code id} tie-breaker tied posts come in any order.
     *
     * <p>Cost: O(posts + likes) plus a sort of all posts: ranks need every count; measured with ScalingCheck
     * (PostgreSQL 15, median of 3 calls after 1, JIT warm, on 2 cores at load average 20 to 28): 601 ms at 10^5 likes,
     * 2967 ms at 10^6. The scalable alternative for a leaderboard's top is the counter recipe
     * {@code topPostsByLikeCount(limit)}, a range scan of {@code ix_posts_like_count_id} that costs O(log N + limit)
     * however many likes there are, and {@code topPostsByLikeCountAfter(after, limit)} for the pages after it; a post's
     * rank is then the number of posts with a higher {@code like_count}, an index range count.
     */
    public ResultQuery<Record4<Long, Long, Long, Long>> rankPostsByLikes() {
        Field<Long> likes = count(POST_LIKES.USER_ID).coerce(Long.class);
        Field<Long> likeCount = likes.as("like_count");
        return dsl.select(POSTS.ID, likeCount,
                        rank().over(orderBy(likes.desc())).coerce(Long.class).as("like_rank"),
                        denseRank().over(orderBy(likes.desc())).coerce(Long.class).as("dense_like_rank"))
                .from(POSTS)
                .leftJoin(POST_LIKES).on(POST_LIKES.POST_ID.eq(POSTS.ID))
                .groupBy(POSTS.ID)
                .orderBy(likeCount.desc(), POSTS.ID.asc());
    }
}
