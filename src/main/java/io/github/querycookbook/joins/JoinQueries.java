package io.github.querycookbook.joins;

import static io.github.querycookbook.CookbookDsl.notExists;
import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.selectOne;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.PostWithAuthor;
import io.github.querycookbook.schema.tables.Users.UsersPath;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.Select;

/**
 * The queries of the join recipes. Each method only builds its query: execute it, or render it with
 * {@code getSQL()} on a {@link CookbookDsl#detached detached} context. Bind values carry the twin files' parameter
 * names (see {@code PostQueries}).
 */
public final class JoinQueries {

    /** Maps the rows of {@link #postsWithAuthor()} to {@link PostWithAuthor}. */
    public static final RecordMapper<Record5<Long, String, Long, String, LocalDateTime>, PostWithAuthor>
            TO_POST_WITH_AUTHOR = Records.mapping(PostWithAuthor::new);

    private final DSLContext dsl;

    public JoinQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * Every post with its author's username, newest first. Twin: {@code sql/posts_with_author.sql}.
     * <pre>{@code
     * select posts.id, posts.content, posts.user_id, alias_11437014.username, posts.created_at
     * from (
     *   posts
     *     join users as alias_11437014
     *       on posts.user_id = alias_11437014.id
     * )
     * order by posts.created_at desc, posts.id desc
     * }</pre>
     *
     * <p>Use it to show a post with a column of its parent row: {@code POSTS.users().USERNAME} writes the join from
     * the foreign key, without an ON clause to get wrong. Not for columns of the many side (a post's likers): a
     * to-many path multiplies rows and must be joined explicitly. Pitfall: jOOQ joins the path with an inner join
     * because {@code posts.user_id} is NOT NULL; on a nullable foreign key it would use a left join, and rows
     * without a parent would come back with a null username rather than disappear.
     */
    public ResultQuery<Record5<Long, String, Long, String, LocalDateTime>> postsWithAuthor() {
        return dsl.select(POSTS.ID, POSTS.CONTENT, POSTS.USER_ID, POSTS.users().USERNAME, POSTS.CREATED_AT)
                .from(POSTS)
                .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc());
    }

    /**
     * The usernames of everyone who liked the post, in the engine's ascending order. Twin:
     * {@code sql/likers_of.sql}.
     * <pre>{@code
     * select alias_93530128.username
     * from posts
     *   join post_likes as alias_126233478
     *     on alias_126233478.post_id = posts.id
     *   join users as alias_93530128
     *     on alias_126233478.user_id = alias_93530128.id
     * where posts.id = :post_id
     * order by alias_93530128.username
     * }</pre>
     *
     * <p>Use it to list one post's likers: {@code POSTS.likedBy()} goes through {@code post_likes} to
     * {@code users} along both foreign keys. Not for many posts at once: join once and group instead of one query per
     * post. Pitfall: a to-many path must be joined explicitly and selected through the path object, because jOOQ
     * aliases its tables; the plain {@code USERS.USERNAME} would name a table that is not in the query. No
     * {@code distinct} is needed, as the primary key of {@code post_likes} allows one like per user and post.
     */
    public ResultQuery<Record1<String>> likersOf(long postId) {
        UsersPath likers = POSTS.likedBy();
        return dsl.select(likers.USERNAME)
                .from(POSTS)
                .join(likers)
                .where(POSTS.ID.eq(param("post_id", postId)))
                .orderBy(likers.USERNAME);
    }

    /**
     * The posts nobody liked, newest first: the anti-join. Twin: {@code sql/posts_without_likes.sql}.
     * <pre>{@code
     * select posts.id, posts.user_id, posts.content, posts.created_at
     * from posts
     * where not exists (
     *   select 1 as one
     *   from post_likes
     *   where post_likes.post_id = posts.id
     * )
     * order by posts.created_at desc, posts.id desc
     * }</pre>
     *
     * <p>Use {@code not exists}: it says "no matching row" directly, ignores NULLs, and every engine plans it as an
     * anti-join. {@code left join post_likes … where post_likes.post_id is null} gives the same rows, but reads as a
     * join and needs a NOT NULL column of the joined table in the test. Not {@code not in}: {@code posts.id not in
     * (select post_likes.post_id from post_likes)} works here only because {@code post_likes.post_id} is NOT NULL.
     * Pitfall: a single NULL in a {@code not in} subquery makes the comparison unknown for every row, and the query
     * silently returns nothing.
     *
     * <p>Cost: O(posts + likes): the anti-join reads every post and all of {@code post_likes}' primary key (or hashes
     * it) to find the few posts without a like; measured with ScalingCheck (PostgreSQL 15, median of 3 calls after 1,
     * JIT warm, on 2 cores at load average 20 to 28): 87.9 ms at 10^5 likes, 1872 ms at 10^6. To show them page by
     * page, add a keyset condition on {@code (created_at, id)} as {@code feed} does; with the counter,
     * {@code like_count = 0} needs no anti-join.
     */
    public ResultQuery<Record4<Long, Long, String, LocalDateTime>> postsWithoutLikes() {
        return dsl.select(POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .from(POSTS)
                .where(notExists(selectOne().from(POST_LIKES).where(POST_LIKES.POST_ID.eq(POSTS.ID))))
                .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc());
    }

    /**
     * The like of {@code userId} on {@code postId}, as a row to test for with {@code fetchExists}. Twin:
     * {@code sql/has_liked.sql}.
     * <pre>{@code
     * select 1 as one
     * from post_likes
     * where (
     *   post_likes.user_id = :user_id
     *   and post_likes.post_id = :post_id
     * )
     * }</pre>
     *
     * <p>Use it with {@code DSLContext.fetchExists}, which wraps it as {@code select 1 where exists (…)}: the engine
     * stops at the first row and only one flag comes back. Not {@code fetchCount(…) > 0}, which counts every
     * matching row to answer yes or no. Pitfall: unknown ids are not an error here, just {@code false}; check the
     * user and the post first if a 404 must tell them apart.
     */
    public Select<Record1<Integer>> like(long userId, long postId) {
        return dsl.selectOne()
                .from(POST_LIKES)
                .where(POST_LIKES.USER_ID.eq(param("user_id", userId)))
                .and(POST_LIKES.POST_ID.eq(param("post_id", postId)));
    }
}
