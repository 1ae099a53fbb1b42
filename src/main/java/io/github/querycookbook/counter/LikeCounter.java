package io.github.querycookbook.counter;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;

import io.github.querycookbook.CookbookDsl;
import java.sql.Connection;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The counter {@code posts.like_count}: the number of {@code post_likes} rows of each post, kept by the database so
 * that the ranking by likes ({@code topPostsByLikeCount}) reads an index instead of counting every like.
 *
 * <p><b>Who keeps it.</b> Triggers, created by the migration V3, on every engine: any client's likes are counted,
 * not only the cookbook's (a user's own SQL, a bulk insert or {@code COPY}, a cascade when a user or post is
 * deleted, an update that moves a like to another post).
 * <ul>
 *   <li>PostgreSQL: statement-level triggers with transition tables, one grouped {@code update} of the touched
 *       posts per statement, however many likes it writes; {@code TRUNCATE post_likes} sets every counter to 0.</li>
 *   <li>H2: {@link H2LikeCountTrigger}, a row-level trigger class in this jar, one update of the post per like.</li>
 *   <li>MariaDB: row-level triggers; since MariaDB fires none for rows that {@code ON DELETE CASCADE} removes, a
 *       trigger on {@code users} takes a deleted user's likes off the counters first. A statement that writes
 *       {@code post_likes} while reading {@code posts} (such as {@code insert … select … from posts}) fails with
 *       error 1442 there: select the ids first.</li>
 * </ul>
 * A writer that likes a post waits for the lock on that post's row until the other writers of the same post commit:
 * likes of one post are serialised, likes of different posts are not.
 *
 * <p><b>Bulk-load escape hatch.</b> A session that switches the counter off writes likes at the speed of a table
 * without triggers, and must then set the counters itself, for example with {@link #recount(Connection)}:
 * <ul>
 *   <li>PostgreSQL, for the current transaction only:
 *       {@code select set_config('cookbook.like_count', 'off', true)};</li>
 *   <li>MariaDB and H2, for the session until set back to {@code NULL}: {@code SET @cookbook_like_count = 'off'}.</li>
 * </ul>
 * On MariaDB and H2 the switch outlives the transaction: give a pooled connection back only after
 * {@code SET @cookbook_like_count = NULL}. {@code TRUNCATE post_likes} fires no trigger on H2 and MariaDB: recount
 * afterwards.
 */
public final class LikeCounter {

    private LikeCounter() {
    }

    /**
     * Sets every post's {@code like_count} that differs from its number of likes, in one {@code update}, on the
     * caller's connection and in its transaction: after a bulk load with the counter off, or to check the triggers.
     *
     * <pre>{@code
     * update posts
     * set like_count = (select count(*) from post_likes where post_likes.post_id = posts.id)
     * where posts.like_count <> (select count(*) from post_likes where post_likes.post_id = posts.id)
     * }</pre>
     *
     * @return how many posts had a wrong counter; 0 when all were right
     * @throws NullPointerException naming {@code connection} if it is null
     */
    public static int recount(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        DSLContext dsl = CookbookDsl.prepare(DSL.using(connection));
        Field<Long> likes = select(count().coerce(Long.class)).from(POST_LIKES)
                .where(POST_LIKES.POST_ID.eq(POSTS.ID)).asField();
        return dsl.update(POSTS).set(POSTS.LIKE_COUNT, likes).where(POSTS.LIKE_COUNT.ne(likes)).execute();
    }
}
