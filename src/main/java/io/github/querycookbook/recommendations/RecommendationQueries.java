package io.github.querycookbook.recommendations;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

import io.github.querycookbook.Arguments;
import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.Recommendation;
import io.github.querycookbook.schema.tables.PostLikes;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.Table;

/**
 * The queries of the recommendation recipes: a self-join of {@code post_likes}. Each method only builds its query:
 * execute it, or render it with {@code getSQL()} on a {@link CookbookDsl#detached detached} context. Bind values
 * carry the twin files' parameter names.
 */
public final class RecommendationQueries {

    /** The most recommendations {@code alsoLiked} returns. */
    public static final int MAX_LIMIT = 100;

    /** Maps the rows of {@link #alsoLiked(long, int)} to {@link Recommendation}. */
    public static final RecordMapper<Record3<Long, String, Long>, Recommendation> TO_RECOMMENDATION =
            Records.mapping(Recommendation::new);

    private final DSLContext dsl;

    public RecommendationQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * The other posts liked by the users who liked {@code postId}, most shared likers first, ties by post id, at
     * most {@code limit}. Twin: {@code sql/also_liked.sql}.
     * <pre>{@code
     * select
     *   shared.post_id,
     *   (
     *     select posts.content
     *     from posts
     *     where posts.id = shared.post_id
     *   ) as content,
     *   shared.shared_likers
     * from (
     *   select
     *     other_likes.post_id,
     *     count(*) as shared_likers
     *   from post_likes as likers
     *     join post_likes as other_likes
     *       on (
     *         other_likes.user_id = likers.user_id
     *         and other_likes.post_id <> likers.post_id
     *       )
     *   where likers.post_id = :post_id
     *   group by other_likes.post_id
     *   order by shared_likers desc, other_likes.post_id asc
     *   fetch next :limit rows only
     * ) as shared
     * order by shared.shared_likers desc, shared.post_id asc
     * }</pre>
     *
     * <p>Use it for "people who liked this also liked" on a modest table: the derived table counts on the narrow
     * {@code post_likes} rows, grouped by one id, and only the posts that made it are looked up for their content.
     * Grouping the joined rows by {@code posts.content} as well would give the same answer more slowly, as every
     * group key then carries a long text. The limit sits inside the derived table, so that at most {@code limit}
     * posts are looked up by primary key: with the limit outside, PostgreSQL joined every counted post and, past a
     * thousand of them, read all of {@code posts} sequentially to do it (at 10^6 likes, 228 ms of which 198 ms in
     * that scan, against 72 ms after, on a busy machine). The content comes from a scalar subquery, not a join:
     * joined to {@code posts} on its grouping column, the derived table may be run by MariaDB once per post with the
     * post's id pushed into it ({@code LATERAL DERIVED} in its plan, the {@code split_materialized} optimisation),
     * which applies the limit to each post instead of to the whole ranking (MDEV-31887): MariaDB 11.4 returned every
     * shared post for {@code limit} 1 after its statistics had gone stale. The outer {@code order by} repeats the
     * order, which a derived table does not keep. Not for a big catalogue in real time: the self-join reads every
     * like of every liker, and a popular post's likers bring most of the table; precompute the pairs in a batch job.
     * Pitfalls: without {@code other_likes.post_id <> likers.post_id} the post recommends itself first, as every
     * liker shares it. A self-like makes the author a liker like any other. Counts are not normalised, so posts
     * that everybody likes come first for every post; divide by their like counts if that matters.
     */
    public ResultQuery<Record3<Long, String, Long>> alsoLiked(long postId, int limit) {
        Arguments.between("limit", limit, 1, MAX_LIMIT);
        PostLikes likers = POST_LIKES.as("likers");
        PostLikes otherLikes = POST_LIKES.as("other_likes");
        Field<Long> sharedLikers = count().coerce(Long.class).as("shared_likers");
        Table<?> shared = dsl.select(otherLikes.POST_ID, sharedLikers)
                .from(likers)
                .join(otherLikes).on(otherLikes.USER_ID.eq(likers.USER_ID), otherLikes.POST_ID.ne(likers.POST_ID))
                .where(likers.POST_ID.eq(param("post_id", postId)))
                .groupBy(otherLikes.POST_ID)
                .orderBy(sharedLikers.desc(), otherLikes.POST_ID.asc())
                .limit(param("limit", limit))
                .asTable("shared");
        Field<Long> sharedPostId = shared.field(otherLikes.POST_ID);
        Field<Long> sharedCount = shared.field(sharedLikers);
        Field<String> content = field(select(POSTS.CONTENT).from(POSTS).where(POSTS.ID.eq(sharedPostId)));
        return dsl.select(sharedPostId, content.as(POSTS.CONTENT.getName()), sharedCount)
                .from(shared)
                .orderBy(sharedCount.desc(), sharedPostId.asc());
    }
}
