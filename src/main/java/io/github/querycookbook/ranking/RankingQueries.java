package io.github.querycookbook.ranking;

import static io.github.querycookbook.schema.Tables.POSTS;
import static org.jooq.impl.DSL.param;

import io.github.querycookbook.Arguments;
import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.PostLikeCount;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record4;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectJoinStep;
import org.jooq.Table;

/**
 * The queries of the ranking recipes, which read the counter {@code posts.like_count} (see
 * {@link io.github.querycookbook.counter.LikeCounter}) instead of counting {@code post_likes}: a page of the ranking
 * costs an index range scan of {@code ix_posts_like_count_id (like_count desc, id)}, however many likes there are.
 * Each method only builds its query; bind values carry the twin files' parameter names, the limit included: it is a
 * caller's value, so it is bound, never inlined.
 */
public final class RankingQueries {

    /** The most posts one page of the ranking may hold. */
    public static final int MAX_LIMIT = 1000;

    /** Maps the rows of both queries to {@link PostLikeCount}. */
    public static final RecordMapper<Record4<Long, String, Long, Long>, PostLikeCount> TO_POST_LIKE_COUNT =
            Records.mapping(PostLikeCount::new);

    private final DSLContext dsl;

    public RankingQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * The {@code limit} most liked posts, in the order of {@code postsByLikeCount()}. Twin:
     * {@code sql/top_posts_by_like_count.sql}.
     * <pre>{@code
     * select posts.id, posts.content, posts.user_id, posts.like_count
     * from posts
     * order by posts.like_count desc, posts.id asc
     * fetch next :limit rows only
     * }</pre>
     *
     * <p>Use it for "the top 10" on a table of any size: the index hands the rows over in order and the engine stops
     * after {@code limit}, where {@code postsByLikeCount()} groups every like first (O(likes)). Not when the counter
     * cannot be trusted: likes written with the triggers' escape hatch are counted only after a recount. Pitfall: the
     * index must have the order's directions, {@code like_count desc, id} (or their exact reverse); with
     * {@code (like_count, id)} both ascending the engine sorts every post.
     */
    public ResultQuery<Record4<Long, String, Long, Long>> topPostsByLikeCount(int limit) {
        Arguments.between("limit", limit, 1, MAX_LIMIT);
        return dsl.select(POSTS.ID, POSTS.CONTENT, POSTS.USER_ID, POSTS.LIKE_COUNT)
                .from(POSTS)
                .orderBy(POSTS.LIKE_COUNT.desc(), POSTS.ID.asc())
                .limit(param("limit", limit));
    }

    /**
     * The next {@code limit} posts of the ranking strictly after {@code after}, the last post of the previous page
     * (keyset pagination). Twin: {@code sql/top_posts_by_like_count_after.sql}.
     * <pre>{@code
     * select page.id, page.content, page.user_id, page.like_count
     * from (
     *   (
     *     select posts.id, posts.content, posts.user_id, posts.like_count
     *     from posts
     *     where (
     *       posts.like_count = :like_count
     *       and posts.id > :id
     *     )
     *     order by posts.like_count desc, posts.id asc
     *     fetch next :limit rows only
     *   )
     *   union all (
     *     select posts.id, posts.content, posts.user_id, posts.like_count
     *     from posts
     *     where posts.like_count < :like_count
     *     order by posts.like_count desc, posts.id asc
     *     fetch next :limit rows only
     *   )
     * ) as page
     * order by page.like_count desc, page.id asc
     * fetch next :limit rows only
     * }</pre>
     *
     * <p>Use it to walk deep into the ranking: each page costs two index range scans of at most {@code limit} rows,
     * page 1 or page 50,000 alike, where an offset reads and drops every row before the page. Not for jumping to a
     * page number: a cursor only knows its neighbours. Pitfalls: the order mixes directions (count descending, id
     * ascending), so the row comparison {@code (like_count, id) < (:like_count, :id)} is wrong, and the equivalent
     * {@code like_count < :like_count or (like_count = :like_count and id > :id)} is right but not index-driven:
     * on PostgreSQL at 10^6 posts, a page deep in the posts without likes took 3.8 s that way (every earlier row read
     * and filtered) against 0.6 ms as this union of two ranges. The counter moves while a reader pages: a post liked
     * between two pages may move across the cursor and be skipped or shown twice, which an offset does too; a
     * ranking that must not skip needs a snapshot (one transaction, or the ids of the first read).
     */
    public ResultQuery<Record4<Long, String, Long, Long>> topPostsByLikeCountAfter(PostLikeCount after, int limit) {
        Objects.requireNonNull(after, "after");
        Arguments.between("limit", limit, 1, MAX_LIMIT);
        Param<Long> likeCount = param("like_count", after.likeCount());
        Param<Integer> pageSize = param("limit", limit);
        // two ranges of the index, each in index order: the rest of the cursor's count, then the lower counts
        Select<Record4<Long, String, Long, Long>> sameCount = ranking()
                .where(POSTS.LIKE_COUNT.eq(likeCount).and(POSTS.ID.gt(param("id", after.id()))))
                .orderBy(POSTS.LIKE_COUNT.desc(), POSTS.ID.asc())
                .limit(pageSize);
        Select<Record4<Long, String, Long, Long>> fewerLikes = ranking()
                .where(POSTS.LIKE_COUNT.lt(likeCount))
                .orderBy(POSTS.LIKE_COUNT.desc(), POSTS.ID.asc())
                .limit(pageSize);
        Table<Record4<Long, String, Long, Long>> page = sameCount.unionAll(fewerLikes).asTable("page");
        Field<Long> pageLikeCount = page.field(POSTS.LIKE_COUNT);
        Field<Long> pageId = page.field(POSTS.ID);
        return dsl.select(pageId, page.field(POSTS.CONTENT), page.field(POSTS.USER_ID), pageLikeCount)
                .from(page)
                .orderBy(pageLikeCount.desc(), pageId.asc())
                .limit(pageSize);
    }

    private SelectJoinStep<Record4<Long, String, Long, Long>> ranking() {
        return dsl.select(POSTS.ID, POSTS.CONTENT, POSTS.USER_ID, POSTS.LIKE_COUNT).from(POSTS);
    }
}
