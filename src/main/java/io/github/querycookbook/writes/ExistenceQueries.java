package io.github.querycookbook.writes;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.selectOne;

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
     * SQL
     * }</pre>
     */
    public ResultQuery<Record2<Boolean, Boolean>> userAndPostExist(long userId, long postId) {
        return dsl.select(
                field(exists(selectOne().from(USERS).where(USERS.ID.eq(param("user_id", userId))))).as("user_exists"),
                field(exists(selectOne().from(POSTS).where(POSTS.ID.eq(param("post_id", postId))))).as("post_exists"));
    }

    /**
     * Which ids of one batch of {@code IdBatches} are users. Twin: {@code sql/existing_user_ids.sql}.
     * <pre>{@code
     * SQL
     * }</pre>
     */
    public ResultQuery<Record1<Long>> existingUserIds(List<Long> batch) {
        return dsl.select(USERS.ID).from(USERS).where(USERS.ID.in(batch.stream().map(id -> param("ids", id)).toList()));
    }

    /**
     * Which ids of one batch of {@code IdBatches} are posts. Twin: {@code sql/existing_post_ids.sql}.
     * <pre>{@code
     * SQL
     * }</pre>
     */
    public ResultQuery<Record1<Long>> existingPostIds(List<Long> batch) {
        return dsl.select(POSTS.ID).from(POSTS).where(POSTS.ID.in(batch.stream().map(id -> param("ids", id)).toList()));
    }
}
