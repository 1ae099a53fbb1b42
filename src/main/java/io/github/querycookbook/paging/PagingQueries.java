package io.github.querycookbook.paging;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.param;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.PostLikeCount;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record1;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.SelectSeekStep2;

/**
 * The queries of the pagination recipes. Each method only builds its query: execute it, or render it with
 * {@code getSQL()} on a {@link CookbookDsl#detached detached} context. Bind values carry the twin files' parameter
 * names (see {@code PostQueries}); the page size and offset are bound too, never inlined.
 */
public final class PagingQueries {

    /** Maps the rows of {@link #postsByLikeCountPage(int, int)} to {@link PostLikeCount}, leaving the total aside. */
    public static final RecordMapper<Record5<Long, String, Long, Long, Long>, PostLikeCount> TO_POST_LIKE_COUNT =
            r -> new PostLikeCount(r.value1(), r.value2(), r.value3(), r.value4());

    private final DSLContext dsl;

    public PagingQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * One page of the posts by like count, each row carrying the number of posts on all pages. Twin:
     * {@code sql/posts_by_like_count_page.sql}.
     * <pre>{@code
     * select posts.id, posts.content, posts.user_id, count(post_likes.user_id) as like_count,
     *   count(*) over () as total_items
     * from posts
     *   left outer join post_likes on post_likes.post_id = posts.id
     * group by posts.id, posts.content, posts.user_id
     * order by like_count desc, posts.id asc
     * offset :offset rows
     * fetch next :page_size rows only
     * }</pre>
     *
     * <p>Use it for numbered pages ("page 3 of 12") over a list that changes rarely. Not for an endless feed: the
     * engine still produces and skips every row before the offset, and a row inserted meanwhile shifts the pages,
     * so an item shows twice or never; use keyset pagination ({@code feed}) there. Pitfalls: the window count runs
     * after grouping and before the offset, so it counts posts, not likes, in the same query; but a page past the
     * end has no row to carry it, so the total must then come from {@code postCount()}. The offset
     * {@code (pageNumber - 1) * pageSize} overflows an {@code int}: compute it as a {@code long}.
     *
     * <p>Cost: O(posts + likes) for any page, since every like is counted and every post sorted before the offset is
     * skipped, and the offset itself grows with the page number; measured with ScalingCheck (PostgreSQL 15, median of 3
     * calls after 1, JIT warm, on 2 cores at load average 20 to 28): 702 ms at 10^5 likes, 2604 ms at 10^6 for the
     * middle page. The scalable alternative is keyset pagination: the counter recipe
     * {@code topPostsByLikeCount(limit)}, a range scan of {@code ix_posts_like_count_id} that costs O(log N + limit)
     * however many likes there are, and {@code topPostsByLikeCountAfter(after, limit)} for the pages after it; by time,
     * {@code feed(after, limit)}.
     */
    public ResultQuery<Record5<Long, String, Long, Long, Long>> postsByLikeCountPage(int pageNumber, int pageSize) {
        long offset = Paging.offset(pageNumber, pageSize);
        // coerce, not cast: the engines' counts are already wide enough, only jOOQ's Integer default is not
        Field<Long> likeCount = count(POST_LIKES.USER_ID).coerce(Long.class).as("like_count");
        Field<Long> totalItems = count().over().coerce(Long.class).as("total_items");
        return dsl.select(POSTS.ID, POSTS.CONTENT, POSTS.USER_ID, likeCount, totalItems)
                .from(POSTS)
                .leftJoin(POST_LIKES).on(POST_LIKES.POST_ID.eq(POSTS.ID))
                .groupBy(POSTS.ID, POSTS.CONTENT, POSTS.USER_ID)
                .orderBy(likeCount.desc(), POSTS.ID.asc())
                .limit(param("page_size", pageSize))
                .offset(param("offset", offset));
    }

    /**
     * The number of posts: the total of {@link #postsByLikeCountPage} when a page past the end has no row to carry
     * it. Twin: {@code sql/post_count.sql}.
     * <pre>{@code
     * select count(*) as total_items from posts
     * }</pre>
     */
    public ResultQuery<Record1<Long>> postCount() {
        return dsl.select(count().coerce(Long.class).as("total_items")).from(POSTS);
    }

    /**
     * Up to {@code limit + 1} posts newest first, strictly after the cursor, or from the newest when it is
     * {@code null}: the one more than the page shows says whether a next page exists. Twin: {@code sql/feed.sql},
     * and {@code sql/feed_first_page.sql} without a cursor.
     * <pre>{@code
     * select posts.id, posts.user_id, posts.content, posts.created_at
     * from posts
     * where (posts.created_at, posts.id) < (cast(:created_at as timestamp), :id)
     * order by posts.created_at desc, posts.id desc
     * fetch next :fetch_size rows only
     * }</pre>
     *
     * <p>Use it for an endless feed or an export in batches: the index {@code ix_posts_created_at_id} finds where
     * the page starts without reading the rows before it, and posts inserted between two pages shift nothing. Not for
     * jumping to page 7: a cursor only knows its neighbours. Pitfall: the cursor must hold the tie-breaker
     * {@code id}, not only {@code created_at}, or posts created at the same instant are skipped or repeated.
     */
    public ResultQuery<Record4<Long, Long, String, LocalDateTime>> feed(FeedCursor after, int limit) {
        int fetchSize = Paging.fetchSize(limit);
        SelectSeekStep2<Record4<Long, Long, String, LocalDateTime>, LocalDateTime, Long> newestFirst = dsl
                .select(POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .from(POSTS)
                .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc());
        if (after == null) {
            return newestFirst.limit(param("fetch_size", fetchSize));
        }
        // typed as the column, to bind with its LocalDateTimeBinding (jOOQ #19844)
        Param<LocalDateTime> createdAt = param("created_at", POSTS.CREATED_AT).$value(after.createdAt());
        return newestFirst.seek(createdAt, param("id", after.id()))
                .limit(param("fetch_size", fetchSize));
    }
}
