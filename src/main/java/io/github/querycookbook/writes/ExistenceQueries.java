package io.github.querycookbook.writes;

import static io.github.querycookbook.CookbookDsl.exists;
import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.selectOne;

import io.github.querycookbook.Arguments;
import io.github.querycookbook.CookbookDsl;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.ResultQuery;

/**
 * The lookups of the writes: which of the rows that a like references exist. A write runs them when it added nothing,
 * to tell "already there" from "unknown id", or before it inserts, to refuse unknown ids.
 */
public final class ExistenceQueries {

    private final DSLContext dsl;

    public ExistenceQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * Whether the user and the post exist, in one row. Twin: {@code sql/user_and_post_exist.sql}.
     * <pre>{@code
     * select
     *   exists (
     *     select 1 as one
     *     from users
     *     where users.id = :user_id
     *   ) as user_exists,
     *   exists (
     *     select 1 as one
     *     from posts
     *     where posts.id = :post_id
     *   ) as post_exists
     * }</pre>
     *
     * <p>Use it after a {@code like} that added nothing, to tell a like that was there from an unknown id. Not as a
     * check before the insert: another caller may delete the post in between. Pitfall: MariaDB returns the flags as 1
     * or 0; jOOQ reads them as booleans.
     */
    public ResultQuery<Record2<Boolean, Boolean>> userAndPostExist(long userId, long postId) {
        return dsl.select(
                field(exists(selectOne().from(USERS).where(USERS.ID.eq(param("user_id", userId))))).as("user_exists"),
                field(exists(selectOne().from(POSTS).where(POSTS.ID.eq(param("post_id", postId))))).as("post_exists"));
    }

    /**
     * Which ids of one batch of {@code IdBatches} are users. Twin: {@code sql/existing_user_ids.sql}.
     * <pre>{@code
     * select users.id
     * from users
     * where users.id in (
     *   :ids, :ids, :ids
     * )
     * }</pre>
     *
     * <p>Use it before a bulk insert whose foreign keys must all hold. Not for one id: see
     * {@link #userAndPostExist(long, long)}. Pitfall: one {@code in} list of every id exceeds the engines' caps on bind
     * values for a large import; pass one batch at a time.
     */
    public ResultQuery<Record1<Long>> existingUserIds(List<Long> batch) {
        Arguments.noNulls("batch", batch);
        return dsl.select(USERS.ID).from(USERS).where(USERS.ID.in(batch.stream().map(id -> param("ids", id)).toList()));
    }

    /**
     * Which ids of one batch of {@code IdBatches} are posts. Twin: {@code sql/existing_post_ids.sql}.
     * <pre>{@code
     * select posts.id
     * from posts
     * where posts.id in (
     *   :ids, :ids, :ids
     * )
     * }</pre>
     *
     * <p>Use it like {@link #existingUserIds(List)}, for the posts. Pitfall: the same cap on bind values.
     */
    public ResultQuery<Record1<Long>> existingPostIds(List<Long> batch) {
        Arguments.noNulls("batch", batch);
        return dsl.select(POSTS.ID).from(POSTS).where(POSTS.ID.in(batch.stream().map(id -> param("ids", id)).toList()));
    }
}
