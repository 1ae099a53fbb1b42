package io.github.querycookbook.json;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonArray;
import static org.jooq.impl.DSL.jsonArrayAgg;
import static org.jooq.impl.DSL.jsonObject;
import static org.jooq.impl.DSL.key;
import static org.jooq.impl.DSL.select;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.GroupConcatGuard;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import org.jooq.Table;

/**
 * The query of the JSON recipe. It only builds the query: execute it, or render it with {@code getSQL()} on a
 * {@link CookbookDsl#detached detached} context. On MariaDB a result cut by {@code group_concat_max_len} fails
 * instead of coming back short (see {@link GroupConcatGuard}).
 */
public final class JsonQueries {

    private final DSLContext dsl;

    public JsonQueries(DSLContext dsl) {
        this.dsl = GroupConcatGuard.prepare(dsl);
    }

    /**
     * Every post with its like count as one JSON array of objects, most liked first, ties by id: the rows of
     * {@code LikeQueries.postsByLikeCount()}, serialized by the database. Twin:
     * {@code sql/posts_by_like_count_json.sql} (with vendor files for PostgreSQL and MariaDB).
     * <pre>{@code
     * select coalesce(
     *   json_agg(json_build_object(
     *     'content', counted.content,
     *     'id', counted.id,
     *     'like_count', counted.like_count,
     *     'user_id', counted.user_id
     *   ) order by counted.like_count desc, counted.id asc),
     *   json_build_array()
     * ) as posts
     * from (
     *   select
     *     posts.id,
     *     posts.content,
     *     posts.user_id,
     *     coalesce(liked.likes, 0) as like_count
     *   from posts
     *     left outer join (
     *       select post_likes.post_id, count(*) as likes
     *       from post_likes
     *       group by post_likes.post_id
     *     ) as liked
     *       on liked.post_id = posts.id
     * ) as counted
     * }</pre>
     *
     * <p>PostgreSQL gets {@code json_agg(json_build_object(…) order by …)}, H2 {@code json_arrayagg(json_object(key …
     * value …) order by …)}, MariaDB a {@code group_concat} of {@code json_object}s inside {@code json_merge_preserve}.
     * The keys are constants rendered inline, the values columns; the engine escapes quotes, backslashes and control
     * characters, and numbers stay JSON numbers. Use it to hand a list to a client that wants JSON, without mapping
     * rows to objects and serializing them again. Not for a list that must be paged or streamed: the whole array is
     * one value in one row. Pitfalls: an aggregate over no rows is NULL, not {@code []}, hence the {@code coalesce};
     * the order belongs inside the aggregate, since an outer {@code order by} sorts the one result row, not the
     * array; and on MariaDB the array is bounded by {@code group_concat_max_len} (1 MiB by default), past which
     * jOOQ's emulation would quietly return {@code []}.
     *
     * <p>The likes are counted per post id in a derived table, on the narrow {@code post_likes} rows alone, and the
     * counts joined to the posts; grouping the joined rows by {@code posts.id, posts.content, posts.user_id} gives the
     * same array, but an engine that does not drop {@code content} from the group key (PostgreSQL does, as {@code id}
     * is the primary key) carries every content through the grouping, and the join multiplies each post row by its
     * likes first. At 10^6 likes on PostgreSQL the counting part took 3.9 s this way against 9.0 to 13.7 s grouped (on
     * a busy machine).
     *
     * <p>Cost: O(posts + likes) whatever is asked, and one JSON value as large as the table; 518 ms at 10^5 likes, 6631
     * ms at 10^6, measured as for {@code LikeQueries.postsByLikeCount()}. The scalable alternative is a page of the
     * counter ranking, {@code topPostsByLikeCount(limit)} or {@code topPostsByLikeCountAfter(after, limit)}, serialized
     * by the caller.
     */
    public ResultQuery<Record1<JSON>> postsByLikeCountJson() {
        Field<Long> likes = count().coerce(Long.class).as("likes");
        Table<Record2<Long, Long>> liked = select(POST_LIKES.POST_ID, likes)
                .from(POST_LIKES)
                .groupBy(POST_LIKES.POST_ID)
                .asTable("liked");
        Field<Long> likeCount = coalesce(liked.field(likes), inline(0L)).as("like_count");
        Table<Record4<Long, String, Long, Long>> counted = select(POSTS.ID, POSTS.CONTENT, POSTS.USER_ID, likeCount)
                .from(POSTS)
                .leftJoin(liked).on(liked.field(POST_LIKES.POST_ID).eq(POSTS.ID))
                .asTable("counted");
        Field<Long> id = counted.field(POSTS.ID);
        Field<Long> count = counted.field(likeCount);
        Field<JSON> post = jsonObject(
                key(inline("content")).value(counted.field(POSTS.CONTENT)),
                key(inline("id")).value(id),
                key(inline("like_count")).value(count),
                key(inline("user_id")).value(counted.field(POSTS.USER_ID)));
        return dsl.select(coalesce(jsonArrayAgg(post).orderBy(count.desc(), id.asc()), jsonArray()).as("posts"))
                .from(counted);
    }
}
