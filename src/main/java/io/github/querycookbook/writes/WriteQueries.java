package io.github.querycookbook.writes;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.jooq.impl.DSL.param;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.User;
import io.github.querycookbook.schema.tables.records.PostLikesRecord;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.Delete;
import org.jooq.Insert;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.ResultQuery;

/**
 * The queries of the write recipes. Each method only builds its query: execute it, or render it with
 * {@code getSQL()} on a {@link CookbookDsl#detached detached} context. Bind values carry the twin files' parameter
 * names. The cookbooks run them inside {@link WriteTransaction}; {@link ExistenceQueries} holds the lookups that tell
 * why a write changed nothing, and {@link ImportQueries} the bulk insert of {@code importLikes}.
 */
public final class WriteQueries {

    /** Maps the row of {@link #createUser(String)} to {@link User}. */
    public static final RecordMapper<Record2<Long, String>, User> TO_USER = Records.mapping(User::new);
    /** Maps the row of {@link #createPost(long, String)} to {@link Post}. */
    public static final RecordMapper<Record4<Long, Long, String, LocalDateTime>, Post> TO_POST =
            Records.mapping(Post::new);

    private final DSLContext dsl;

    public WriteQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * Inserts a user and returns the stored row, generated id included, in one statement. Twin:
     * {@code sql/create_user.sql}.
     * <pre>{@code
     * insert into users (username)
     * values (:username)
     * returning users.id, users.username
     * }</pre>
     *
     * <p>Use it for a value that must be unique: the unique key decides, and the cookbook translates the engine's
     * unique violation (SQLSTATE class 23) into {@code AlreadyExistsException}. PostgreSQL and MariaDB get native
     * {@code returning}; on H2 jOOQ renders {@code select id, username from final table (insert …)}. Not for a
     * "does it exist?" check before the insert: two callers both see no row, and one of them then fails anyway.
     * Pitfall: on MariaDB the long username's unique key is a hash, and a few concurrent duplicates get a deadlock
     * (SQLSTATE 40001) instead of a duplicate key; {@link WriteTransaction} runs the insert again.
     */
    public ResultQuery<Record2<Long, String>> createUser(String username) {
        WriteArguments.username(username);
        return dsl.insertInto(USERS, USERS.USERNAME)
                .values(param("username", username))
                .returningResult(USERS.ID, USERS.USERNAME);
    }

    /**
     * Inserts a post and returns the stored row, with the {@code created_at} the column's default gave it, in one
     * statement. Twin: {@code sql/create_post.sql}.
     * <pre>{@code
     * insert into posts (user_id, content)
     * values (
     *   :user_id,
     *   :content
     * )
     * returning posts.id, posts.user_id, posts.content, posts.created_at
     * }</pre>
     *
     * <p>Use it when the database makes values (the id, the time): {@code returning} reads them back without a second
     * query. PostgreSQL and MariaDB get native {@code returning}; H2 gets jOOQ's
     * {@code select … from final table (insert …)}. Not for an author that may not exist without the foreign key's
     * translation: the cookbook turns its violation into {@code NotFoundException}. Pitfall: on H2, the
     * {@code final table} form can raise the foreign-key error and still keep the row when no transaction surrounds
     * it, so the cookbook always runs it inside {@link WriteTransaction}.
     */
    public ResultQuery<Record4<Long, Long, String, LocalDateTime>> createPost(long authorId, String content) {
        WriteArguments.content(content);
        return dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT)
                .values(param("user_id", authorId), param("content", content))
                .returningResult(POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT);
    }

    /**
     * Adds a like unless it is there: 1 row when it added it, 0 when not. Twin: {@code sql/like.sql}.
     * <pre>{@code
     * insert into post_likes (post_id, user_id)
     * values (
     *   :post_id,
     *   :user_id
     * )
     * on conflict
     * do nothing
     * }</pre>
     *
     * <p>Use it for an idempotent write that many callers may race on. {@code onConflictDoNothing()} renders per
     * engine: {@code on conflict do nothing} on PostgreSQL; {@code merge into … when not matched then insert} on H2,
     * which can still raise a duplicate key under concurrency (the cookbook reads it as "already there"); and
     * {@code insert ignore} on MariaDB. Pitfall: {@code insert ignore} also swallows foreign-key errors, so 0 rows may
     * mean an unknown user or post; the cookbook then runs {@link ExistenceQueries#userAndPostExist(long, long)}.
     */
    public Insert<PostLikesRecord> like(long userId, long postId) {
        return dsl.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID)
                .values(param("post_id", postId), param("user_id", userId))
                .onConflictDoNothing();
    }

    /**
     * Removes a like: 1 row when it was there, 0 otherwise, unknown ids included. Twin: {@code sql/unlike.sql}.
     * <pre>{@code
     * delete from post_likes
     * where (
     *   post_likes.user_id = :user_id
     *   and post_likes.post_id = :post_id
     * )
     * }</pre>
     *
     * <p>Use it to undo {@link #like(long, long)}: the row count tells whether there was a like, with no read first.
     * Not for telling an unknown id from a missing like: both delete nothing. Pitfall: a read before the delete
     * races with another caller's unlike; the count of the delete itself does not.
     */
    public Delete<PostLikesRecord> unlike(long userId, long postId) {
        return dsl.deleteFrom(POST_LIKES)
                .where(POST_LIKES.USER_ID.eq(param("user_id", userId)))
                .and(POST_LIKES.POST_ID.eq(param("post_id", postId)));
    }
}
