package io.github.querycookbook.ids;

import static io.github.querycookbook.schema.Tables.POSTS;
import static org.jooq.impl.DSL.param;

import io.github.querycookbook.Arguments;
import io.github.querycookbook.CookbookDsl;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.ResultQuery;

/**
 * The queries of the recipes that take many ids. Each method only builds its query: execute it, or render it with
 * {@code getSQL()} on a {@link CookbookDsl#detached detached} context. Bind values carry the twin files' parameter
 * names (see {@code PostQueries}); the rows map with {@code PostQueries.TO_POST}.
 */
public final class ManyIdsQueries {

    private final DSLContext dsl;

    public ManyIdsQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * The posts with the ids of one batch, id ascending. Twin: {@code sql/posts_by_ids.sql}.
     * <pre>{@code
     * select posts.id, posts.user_id, posts.content, posts.created_at
     * from posts
     * where posts.id in (:ids, :ids, :ids)
     * order by posts.id
     * }</pre>
     *
     * <p>Use it through {@code postsByIds}, which passes one batch of {@link IdBatches} at a time: each id is one bind
     * value, and engines cap them per statement (PostgreSQL at 32,767, MariaDB's server-side statements at 65,535; H2
     * caps an array at 65,536 elements, so even one array bind cannot carry 100,000 ids there). Batches of
     * {@link IdBatches#BATCH_SIZE} stay under every cap with the same SQL on all three engines, at the cost of one
     * round trip per 10,000 ids. Not the best for PostgreSQL alone: there {@code posts.id = any(:ids)} with one
     * {@code bigint[]} bind takes any number of ids in one statement. Pitfall: a single {@code in} list of all the
     * ids passes every test with a few ids, then fails once a caller sends 40,000 (pgjdbc: "Tried to send an
     * out-of-range integer as a 2-byte value").
     */
    public ResultQuery<Record4<Long, Long, String, LocalDateTime>> postsByIds(List<Long> batch) {
        Arguments.noNulls("batch", batch);
        return dsl.select(POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .from(POSTS)
                .where(POSTS.ID.in(batch.stream().map(id -> param("ids", id)).toList()))
                .orderBy(POSTS.ID);
    }
}
