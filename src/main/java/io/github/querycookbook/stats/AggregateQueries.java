package io.github.querycookbook.stats;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.param;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.AuthorLikes;
import io.github.querycookbook.model.PostLikeStats;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record3;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.ResultQuery;

/**
 * The queries of the recipes that aggregate per group: a threshold on a group's total ({@code having}) and several
 * counts over the same rows (conditional aggregation). Each method only builds its query: execute it, or render it
 * with {@code getSQL()} on a {@link CookbookDsl#detached detached} context. Bind values carry the twin files'
 * parameter names (see {@code PostQueries}).
 */
public final class AggregateQueries {

    /** Maps the rows of {@link #authorsWithAtLeast(long)} to {@link AuthorLikes}. */
    public static final RecordMapper<Record3<Long, String, Long>, AuthorLikes> TO_AUTHOR_LIKES =
            Records.mapping(AuthorLikes::new);
    /** Maps the rows of {@link #likeStatsSince(LocalDateTime)} to {@link PostLikeStats}. */
    public static final RecordMapper<Record3<Long, Long, Long>, PostLikeStats> TO_POST_LIKE_STATS =
            Records.mapping(PostLikeStats::new);

    private final DSLContext dsl;

    public AggregateQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * The likes each user received over all their posts, for users with at least {@code minLikes}.
     * Twin: {@code sql/authors_with_at_least.sql}.
     * <pre>{@code
     * select users.id, users.username, count(post_likes.user_id) as likes_received
     * from users
     *   left outer join posts on posts.user_id = users.id
     *   left outer join post_likes on post_likes.post_id = posts.id
     * group by users.id, users.username
     * having count(post_likes.user_id) >= :min_likes
     * order by likes_received desc, users.id asc
     * }</pre>
     *
     * <p>Use it to filter on a total per group. Not for a filter on rows (a post's author, a like's time): that
     * belongs in {@code where}, before grouping. Pitfalls: {@code where count(...)} fails, because rows are filtered
     * before they are counted; the threshold goes in {@code having}. Both joins must be left joins: an inner join to
     * {@code post_likes} drops every user whose posts nobody liked, even with {@code minLikes = 0}.
     *
     * <p>Cost: O(users + posts + likes): every like is joined to its post and author and counted before {@code having}
     * can drop a group; measured with ScalingCheck (PostgreSQL 15, median of 3 calls after 1, JIT warm, on 2 cores at
     * load average 20 to 28): 374 ms at 10^5 likes, 8314 ms at 10^6 (with {@code minLikes} = 10). The scalable
     * alternative sums the counter, {@code sum(posts.like_count)} per author, which reads posts but no likes.
     */
    public ResultQuery<Record3<Long, String, Long>> authorsWithAtLeast(long minLikes) {
        AuthorLikes.checkMinLikes(minLikes);
        // coerce, not cast: the engines' count is already wide enough, only jOOQ's Integer default is not
        Field<Long> likes = count(POST_LIKES.USER_ID).coerce(Long.class);
        Field<Long> likesReceived = likes.as("likes_received");
        return dsl.select(USERS.ID, USERS.USERNAME, likesReceived)
                .from(USERS)
                .leftJoin(POSTS).on(POSTS.USER_ID.eq(USERS.ID))
                .leftJoin(POST_LIKES).on(POST_LIKES.POST_ID.eq(POSTS.ID))
                .groupBy(USERS.ID, USERS.USERNAME)
                .having(likes.ge(param("min_likes", minLikes)))
                .orderBy(likesReceived.desc(), USERS.ID.asc());
    }

    /**
     * Every post's likes of all time and its likes from {@code since} on, in one pass.
     * Twin: {@code sql/like_stats_since.sql}.
     * <pre>{@code
     * select posts.id, count(post_likes.user_id) as total_likes,
     *   count(post_likes.user_id) filter (where post_likes.created_at >= cast(:since as timestamp)) as likes_since
     * from posts
     *   left outer join post_likes on post_likes.post_id = posts.id
     * group by posts.id
     * order by posts.id asc
     * }</pre>
     *
     * <p>Use it for several counts over the same rows ("all time" and "this week") without a second query or a
     * self-join. Not when only the recent likes matter: a filter in {@code where} is simpler, and with an index on
     * {@code created_at} it skips the old rows. Pitfall: filtering {@code post_likes.created_at} in {@code where} or in an inner join also removes the
     * posts without recent likes, and the all-time count with them. MariaDB has no {@code filter}; jOOQ writes
     * {@code count(case when ... end)} there, which counts the same rows.
     *
     * <p>Cost: O(posts + likes): all likes are read, the old ones included, to count them all time; measured with
     * ScalingCheck (PostgreSQL 15, median of 3 calls after 1, JIT warm, on 2 cores at load average 20 to 28): 364 ms at
     * 10^5 likes, 1738 ms at 10^6 (since day 20). The all-time count is the counter {@code posts.like_count}; the
     * recent count alone is a range of {@code ix_post_likes_post_id_created_at_user_id} per post.
     */
    public ResultQuery<Record3<Long, Long, Long>> likeStatsSince(LocalDateTime since) {
        Objects.requireNonNull(since, "since");
        // typed as the column, to bind with its LocalDateTimeBinding (jOOQ #19844)
        Param<LocalDateTime> sinceParam = param("since", POST_LIKES.CREATED_AT).$value(since);
        return dsl.select(POSTS.ID,
                        count(POST_LIKES.USER_ID).coerce(Long.class).as("total_likes"),
                        count(POST_LIKES.USER_ID).filterWhere(POST_LIKES.CREATED_AT.ge(sinceParam))
                                .coerce(Long.class).as("likes_since"))
                .from(POSTS)
                .leftJoin(POST_LIKES).on(POST_LIKES.POST_ID.eq(POSTS.ID))
                .groupBy(POSTS.ID)
                .orderBy(POSTS.ID.asc());
    }
}
