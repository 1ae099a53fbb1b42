package io.github.querycookbook.writes;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.jooq.impl.DSL.param;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.Like;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.User;
import io.github.querycookbook.schema.tables.records.PostLikesRecord;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Delete;
import org.jooq.Insert;
import org.jooq.InsertValuesStep2;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.ResultQuery;

/**
 * The queries of the write recipes. Each method only builds its query: execute it, or render it with
 * {@code getSQL()} on a {@link CookbookDsl#detached detached} context. Bind values carry the twin files' parameter
 * names. The cookbooks run them inside {@link WriteTransaction}; {@link ExistenceQueries} holds the lookups that tell
 * why a write changed nothing.
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
     * Inserts a user and returns the stored row, generated id included. Twin: {@code sql/create_user.sql}.
     * <pre>{@code
     * SQL
     * }</pre>
     */
    public ResultQuery<Record2<Long, String>> createUser(String username) {
        return dsl.insertInto(USERS, USERS.USERNAME)
                .values(param("username", username))
                .returningResult(USERS.ID, USERS.USERNAME);
    }

    /**
     * Inserts a post and returns the stored row. Twin: {@code sql/create_post.sql}.
     * <pre>{@code
     * SQL
     * }</pre>
     */
    public ResultQuery<Record4<Long, Long, String, LocalDateTime>> createPost(long authorId, String content) {
        return dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT)
                .values(param("user_id", authorId), param("content", content))
                .returningResult(POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT);
    }

    /**
     * Adds a like unless it is there. Twin: {@code sql/like.sql}.
     * <pre>{@code
     * SQL
     * }</pre>
     */
    public Insert<PostLikesRecord> like(long userId, long postId) {
        return dsl.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID)
                .values(param("post_id", postId), param("user_id", userId))
                .onConflictDoNothing();
    }

    /**
     * Adds the likes of one chunk, skipping those that are there, in one statement. Twin: {@code sql/like.sql}, run
     * as a JDBC batch.
     * <pre>{@code
     * SQL
     * }</pre>
     */
    public Insert<PostLikesRecord> likes(List<Like> chunk) {
        InsertValuesStep2<PostLikesRecord, Long, Long> insert =
                dsl.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID);
        for (Like like : chunk) {
            insert = insert.values(param("post_id", like.postId()), param("user_id", like.userId()));
        }
        return insert.onConflictDoNothing();
    }

    /**
     * Removes a like. Twin: {@code sql/unlike.sql}.
     * <pre>{@code
     * SQL
     * }</pre>
     */
    public Delete<PostLikesRecord> unlike(long userId, long postId) {
        return dsl.deleteFrom(POST_LIKES)
                .where(POST_LIKES.USER_ID.eq(param("user_id", userId)))
                .and(POST_LIKES.POST_ID.eq(param("post_id", postId)));
    }
}
