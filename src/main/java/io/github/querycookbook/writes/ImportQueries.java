package io.github.querycookbook.writes;

import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.values;

import io.github.querycookbook.Arguments;
import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.Like;
import io.github.querycookbook.schema.tables.records.PostLikesRecord;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep2;
import org.jooq.Query;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * The bulk insert of {@code importLikes}: many likes per statement. It only builds the statement: execute it, or
 * render it with {@code getSQL()} on a {@link CookbookDsl#detached detached} context.
 */
public final class ImportQueries {

    private final DSLContext dsl;

    public ImportQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * Adds the likes of one chunk, skipping those that are there, in one statement. Twin: {@code sql/like.sql}, run
     * as a JDBC batch.
     * <pre>{@code
     * insert into post_likes (post_id, user_id)
     * values (
     *   :post_id,
     *   :user_id
     * ), (
     *   :post_id,
     *   :user_id
     * )
     * on conflict
     * do nothing
     * }</pre>
     *
     * <p>Use it for bulk imports: a chunk of 1,000 likes is one round trip, so 10,000 take 10 inserts, not 10,000.
     * MariaDB gets {@code insert ignore … values (…), (…)}; H2 gets
     * {@code merge into post_likes using (values (…), (…)) t (post_id, user_id) …}, which can still raise a duplicate
     * key when another transaction inserts one of the likes in between ({@code importLikes} then runs again). Not for
     * likes whose users and posts are unchecked: on MariaDB {@code insert ignore} drops those rows silently, so
     * {@code importLikes} checks every id first, in the same transaction. Pitfall: the engines cap bind values per
     * statement (PostgreSQL at 32,767), so one insert of all the likes fails for a large import; and on H2 jOOQ's own
     * {@code onConflictDoNothing()} form overflows the stack at 1,000 rows.
     */
    public Query likes(List<Like> chunk) {
        Arguments.noNulls("chunk", chunk);
        if (dsl.dialect().family() == SQLDialect.H2) {
            return mergeLikes(chunk);
        }
        InsertValuesStep2<PostLikesRecord, Long, Long> insert =
                dsl.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID);
        for (Like like : chunk) {
            insert = insert.values(param("post_id", like.postId()), param("user_id", like.userId()));
        }
        return insert.onConflictDoNothing();
    }

    /**
     * H2's form of {@link #likes(List)}: {@code merge into post_likes using (values (…), (…)) t (post_id, user_id)
     * on … when not matched then insert …}. jOOQ's {@code onConflictDoNothing()} would merge from a {@code union all}
     * of one-row selects, which H2 parses recursively: 1,000 rows overflow the stack of a thread with 1 MiB.
     */
    private Query mergeLikes(List<Like> chunk) {
        @SuppressWarnings("unchecked")
        Row2<Long, Long>[] rows = chunk.stream()
                .map(like -> row(param("post_id", like.postId()), param("user_id", like.userId())))
                .toArray(Row2[]::new);
        Table<Record2<Long, Long>> likes = values(rows).as("t", "post_id", "user_id");
        Field<Long> postId = likes.field("post_id", Long.class);
        Field<Long> userId = likes.field("user_id", Long.class);
        return dsl.mergeInto(POST_LIKES)
                .using(likes)
                .on(POST_LIKES.POST_ID.eq(postId).and(POST_LIKES.USER_ID.eq(userId)))
                .whenNotMatchedThenInsert(POST_LIKES.POST_ID, POST_LIKES.USER_ID)
                .values(postId, userId);
    }
}
