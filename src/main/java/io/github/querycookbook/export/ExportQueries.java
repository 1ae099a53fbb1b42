package io.github.querycookbook.export;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;

import io.github.querycookbook.CookbookDsl;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.ResultQuery;

/**
 * The query of the streaming export. It only builds the query: run it through {@link StreamingRead} with
 * {@link #FETCH_SIZE}, or render it with {@code getSQL()} on a {@link CookbookDsl#detached detached} context.
 */
public final class ExportQueries {

    /**
     * How many rows the driver fetches per round trip: a chunk of 1,000 posts of 1,000 characters is about 1 MB of
     * heap, and 10<sup>6</sup> posts take 1,000 round trips. The bound on the heap is this many times the largest row.
     */
    public static final int FETCH_SIZE = 1000;

    private final DSLContext dsl;

    public ExportQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * Every post with its like count, by id. Twin: {@code sql/export_post_like_counts.sql}.
     * <pre>{@code
     * select
     *   posts.id,
     *   posts.user_id,
     *   posts.content,
     *   (
     *     select count(*)
     *     from post_likes
     *     where post_likes.post_id = posts.id
     *   ) as like_count
     * from posts
     * order by posts.id asc
     * }</pre>
     *
     * <p>Use it to hand every post to another system, a file or an HTTP response, whatever the number of posts: the
     * rows go out while the engine reads them, in primary-key order, each count an index lookup on
     * {@code pk_post_likes}; no {@code group by} has to finish and nothing is sorted, on the server or the client.
     * Not for a page or a ranking: {@code postsByLikeCountPage} and {@code postsByLikeCount} answer those. With the
     * {@code posts.like_count} counter kept by triggers, selecting that column saves the subquery; the aggregate is
     * right even where the counter is not maintained yet.
     *
     * <p>Pitfall: {@code fetchLazy()} or {@code fetchStream()} alone does not stream. pgjdbc reads the whole result
     * into memory unless the statement has a fetch size and the connection has auto-commit off (a transaction, so
     * that it can use a portal); MariaDB Connector/J 3.x reads it all unless the statement has a positive fetch size
     * ({@code Integer.MIN_VALUE}, the 2.x idiom, is rejected). 10<sup>5</sup> posts of 1,000 characters fail with
     * {@code OutOfMemoryError} in a 64 MB heap without them, and stay under 64 MB with them, as do
     * 10<sup>6</sup>. While MariaDB streams, the connection runs no other statement until the result is read or
     * closed, and closing it early (a writer that fails) first reads the rest of the rows off the socket. H2 in
     * memory holds the data in the same heap anyway; over TCP its client fetches in chunks like the others.
     */
    public ResultQuery<Record4<Long, Long, String, Long>> postLikeCounts() {
        Field<Long> likeCount = field(select(count()).from(POST_LIKES).where(POST_LIKES.POST_ID.eq(POSTS.ID)))
                .coerce(Long.class).as("like_count");
        return dsl.select(POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, likeCount)
                .from(POSTS)
                .orderBy(POSTS.ID.asc());
    }
}
