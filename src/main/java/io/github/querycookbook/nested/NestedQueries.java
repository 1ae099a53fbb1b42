package io.github.querycookbook.nested;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multisetAgg;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.GroupConcatGuard;
import io.github.querycookbook.model.AuthorSummary;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostWithLikers;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.ResultQuery;

/**
 * The queries of the nested-collection recipes. Each method only builds its query: execute it, or render it with
 * {@code getSQL()} on a {@link CookbookDsl#detached detached} context. On MariaDB a result cut by
 * {@code group_concat_max_len} fails instead of coming back short (see {@link GroupConcatGuard}).
 *
 * <p>Why {@code multisetAgg(…).orderBy(…)} in a scalar subquery, not {@code multiset(select … order by …)}: jOOQ
 * renders the latter on PostgreSQL as {@code jsonb_agg} over an ordered derived table, and PostgreSQL does not promise
 * that an aggregate sees its input in a subquery's order. {@code multisetAgg} puts the {@code order by} inside the
 * aggregate on every engine, where SQL defines it. The price: an aggregate over no rows is NULL, not an empty array,
 * so the converter maps NULL to an empty list.
 */
public final class NestedQueries {

    /** Maps the rows of {@link #postsWithLikers()} to {@link PostWithLikers}. */
    public static final RecordMapper<Record3<Long, String, List<String>>, PostWithLikers> TO_POST_WITH_LIKERS =
            Records.mapping(PostWithLikers::new);

    /** Maps the rows of {@link #authorSummaries()} to {@link AuthorSummary}. */
    public static final RecordMapper<Record3<Long, String, List<PostLikeCount>>, AuthorSummary> TO_AUTHOR_SUMMARY =
            Records.mapping(AuthorSummary::new);

    private final DSLContext dsl;

    public NestedQueries(DSLContext dsl) {
        this.dsl = GroupConcatGuard.prepare(dsl);
    }

    /**
     * Every post, newest first, with its likers' usernames in the engine's ascending order. Twin:
     * {@code sql/posts_with_likers.sql}.
     * <pre>{@code
     * select
     *   posts.id,
     *   posts.content,
     *   (
     *     select jsonb_agg(jsonb_build_array(users.username) order by users.username)
     *     from post_likes
     *       join users
     *         on users.id = post_likes.user_id
     *     where post_likes.post_id = posts.id
     *   ) as likers
     * from posts
     * order by posts.created_at desc, posts.id desc
     * }</pre>
     *
     * <p>It replaces the N+1 loop, one query for the posts and one more per post:
     * <pre>{@code
     * for (Post post : cookbook.postsNewestFirst()) { // a round trip per post for its likers
     *     result.add(new PostWithLikers(post.id(), post.content(), cookbook.likersOf(post.id())));
     * }
     * }</pre>
     *
     * <p>What the nested collection becomes: a JSON array of one-element arrays, {@code jsonb_agg} on PostgreSQL,
     * {@code json_arrayagg} on H2, and on MariaDB a {@code group_concat} of {@code json_array}s put together with
     * {@code json_merge_preserve}; jOOQ parses it back into records. Use it to show parents with a short list of
     * children in one round trip. Not for large child lists: every child travels as JSON text, parsed on the client,
     * and MariaDB's is bounded by {@code group_concat_max_len}. Pitfall: without an {@code order by} inside the
     * aggregate, the list comes in whatever order the engine's plan produced, which can change between runs.
     *
     * <p>Cost: O(posts + likes), the whole nested result built in one value per post and held in memory by the client;
     * measured with ScalingCheck (PostgreSQL 15, median of 3 calls after 1, JIT warm, on 2 cores at load average 20 to
     * 28): 8133 ms at 10^5 likes, 30053 ms at 10^6. The scalable alternative is a page of {@code feed(after, limit)}
     * with the likers of just those posts.
     *
     * <p>Performance note: the subquery runs once per post, so its plan is multiplied. On PostgreSQL with the default
     * {@code random_page_cost = 4} and a small {@code users} table (5,000 rows at 10^5 likes), the planner hashes all
     * of {@code users} for every post instead of looking up its dozen likers: 100 posts took 66 ms, and 5.6 ms with
     * {@code random_page_cost = 1.1}, the usual value for SSDs or cached data. The flat JOIN of the twin hashes
     * {@code users} once (3.7 ms). Check the plan of a correlated MULTISET at the sizes you run.
     */
    public ResultQuery<Record3<Long, String, List<String>>> postsWithLikers() {
        Field<List<String>> likers = field(select(multisetAgg(USERS.USERNAME).orderBy(USERS.USERNAME))
                .from(POST_LIKES)
                .join(USERS).on(USERS.ID.eq(POST_LIKES.USER_ID))
                .where(POST_LIKES.POST_ID.eq(POSTS.ID)))
                .convertFrom(names -> names == null ? List.of() : names.map(Record1::value1));
        return dsl.select(POSTS.ID, POSTS.CONTENT, likers.as("likers"))
                .from(POSTS)
                .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc());
    }

    /**
     * Every user, id ascending, with their posts newest first and each post's like count. Twin:
     * {@code sql/author_summaries.sql}.
     * <pre>{@code
     * select
     *   users.id,
     *   users.username,
     *   (
     *     select jsonb_agg(jsonb_build_array(
     *       posts.id,
     *       posts.content,
     *       posts.user_id,
     *       (
     *         select count(*)
     *         from post_likes
     *         where post_likes.post_id = posts.id
     *       )
     *     ) order by posts.created_at desc, posts.id desc)
     *     from posts
     *     where posts.user_id = users.id
     *   ) as posts
     * from users
     * order by users.id
     * }</pre>
     *
     * <p>It replaces a loop of 1 + users + posts queries, which no engine can plan as a whole:
     * <pre>{@code
     * for (User user : users) {
     *     List<PostLikeCount> posts = cookbook.postsBy(user.id()).stream() // a round trip per user
     *             .map(p -> new PostLikeCount(p.id(), p.content(), p.userId(), cookbook.likersOf(p.id()).size()))
     *             .toList();                                              // and one per post
     *     result.add(new AuthorSummary(user.id(), user.username(), posts));
     * }
     * }</pre>
     *
     * <p>Each post becomes a JSON array {@code [id, content, user_id, like_count]} inside the user's array
     * ({@code jsonb_agg} on PostgreSQL, {@code json_arrayagg} on H2, {@code group_concat} inside
     * {@code json_merge_preserve} on MariaDB), and {@code Records.mapping} turns it into {@link PostLikeCount}. Use
     * it for a summary page of parents with their children and a figure per child. Not for paging through
     * children: the whole list of every user comes back. Pitfall: the like count is a scalar subquery inside the
     * aggregate; joining {@code post_likes} in the subquery instead would repeat each post once per like.
     *
     * <p>Cost: O(users + posts + likes), all of it in one result; measured with ScalingCheck (PostgreSQL 15, median of
     * 3 calls after 1, JIT warm, on 2 cores at load average 20 to 28): 1031 ms at 10^5 likes, 9053 ms at 10^6. The
     * scalable alternative is one author at a time, {@code postsBy} with the counter's {@code like_count}, or a page of
     * users.
     */
    public ResultQuery<Record3<Long, String, List<PostLikeCount>>> authorSummaries() {
        Field<Long> likeCount = field(selectCount().from(POST_LIKES).where(POST_LIKES.POST_ID.eq(POSTS.ID)))
                .coerce(Long.class);
        Field<List<PostLikeCount>> posts = field(select(
                multisetAgg(POSTS.ID, POSTS.CONTENT, POSTS.USER_ID, likeCount)
                        .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc()))
                .from(POSTS)
                .where(POSTS.USER_ID.eq(USERS.ID)))
                .convertFrom(rows -> rows == null ? List.of() : rows.map(Records.mapping(PostLikeCount::new)));
        return dsl.select(USERS.ID, USERS.USERNAME, posts.as("posts"))
                .from(USERS)
                .orderBy(USERS.ID);
    }
}
