package io.github.querycookbook.timeline;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static org.jooq.impl.DSL.cast;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.localDateAdd;
import static org.jooq.impl.DSL.localDateTimeAdd;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.Activity;
import io.github.querycookbook.model.ActivityKind;
import io.github.querycookbook.model.DailyLikes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;

/**
 * The queries of the timeline recipes (a recursive CTE, a {@code union all}). Each method only builds its query: run
 * it, or render it on a {@link CookbookDsl#detached detached} context. Bind values carry the twins' parameter names.
 */
public final class TimelineQueries {

    /** Maps the rows of {@link #dailyLikes} to {@link DailyLikes}. */
    public static final RecordMapper<Record2<LocalDate, Long>, DailyLikes> TO_DAILY_LIKES =
            r -> new DailyLikes(r.value1(), r.value2());

    /** Maps the rows of {@link #activityOf} to {@link Activity}. */
    public static final RecordMapper<Record3<String, Long, LocalDateTime>, Activity> TO_ACTIVITY =
            r -> new Activity(ActivityKind.valueOf(r.value1()), r.value2(), r.value3());

    private static final Field<LocalDate> UTC_DAY = field(name("days", "utc_day"), LocalDate.class);
    /** The union's columns, which its first branch names. */
    private static final Field<String> KIND = field(name("kind"), String.class);
    private static final Field<Long> POST_ID = field(name("post_id"), Long.class);
    private static final Field<LocalDateTime> AT = field(name("at"), LocalDateTime.class);

    private final DSLContext dsl;

    public TimelineQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * One row per UTC day from {@code from} to {@code to}, each with that day's likes of the post, 0 included.
     * Twin: {@code sql/daily_likes.sql}.
     * <pre>{@code
     * with recursive
     *   days(utc_day) as (
     *     select cast(:from_day as date)
     *     union all
     *     select (days.utc_day + 1)
     *     from days
     *     where days.utc_day < cast(:to_day as date)
     *   )
     * select days.utc_day, count(post_likes.user_id) as likes
     * from days
     *   left outer join post_likes
     *     on (
     *       post_likes.post_id = :post_id
     *       and post_likes.created_at >= cast(:from_day as timestamp)
     *       and post_likes.created_at < (cast(:to_day as timestamp) + 1 * interval '1 day')
     *       and cast(post_likes.created_at as date) = days.utc_day
     *     )
     * group by days.utc_day
     * order by days.utc_day
     * }</pre>
     *
     * <p>Use it for a chart of one post over a short range, with 0 on days without likes. Not for long ranges (one
     * row per recursion step; the cookbook allows 366 days) nor for many posts (N+1). Pitfalls: grouping
     * {@code post_likes} alone by day drops the empty days; the days must be the left side, with the post filter in
     * {@code on}, since in {@code where} it drops them again, and {@code count(*)} would count their all-null row.
     * {@code day} is a reserved word on H2, hence {@code utc_day}. The equality on the cast day cannot use an index;
     * the range on {@code created_at}, which it implies, is a range of
     * {@code ix_post_likes_post_id_created_at_user_id}, so only the likes within the days are read rather than every
     * like the post ever had.
     */
    public ResultQuery<Record2<LocalDate, Long>> dailyLikes(long postId, LocalDate from, LocalDate to) {
        TimelineArguments.checkDays(from, to);
        // The anchor fixes the column's type, so it is a date, not a bare parameter; DatePart.DAY, because the
        // two-argument localDateAdd writes "date + 1" on H2, which H2 rejects.
        CommonTableExpression<Record1<LocalDate>> days = name("days").fields("utc_day").as(
                select(cast(param("from_day", from), LocalDate.class))
                        .unionAll(select(localDateAdd(UTC_DAY, inline(1), DatePart.DAY))
                                .from(name("days"))
                                .where(UTC_DAY.lt(param("to_day", to)))));
        Field<Long> likes = count(POST_LIKES.USER_ID).coerce(Long.class).as("likes");
        // the range repeats what the day equality implies, in a form an index range scan can use
        Field<LocalDateTime> start = cast(param("from_day", from), LocalDateTime.class);
        Field<LocalDateTime> end = localDateTimeAdd(cast(param("to_day", to), LocalDateTime.class), inline(1),
                DatePart.DAY);
        return dsl.withRecursive(days)
                .select(UTC_DAY, likes)
                .from(days)
                .leftJoin(POST_LIKES).on(POST_LIKES.POST_ID.eq(param("post_id", postId)),
                        POST_LIKES.CREATED_AT.ge(start), POST_LIKES.CREATED_AT.lt(end),
                        cast(POST_LIKES.CREATED_AT, LocalDate.class).eq(UTC_DAY))
                .groupBy(UTC_DAY)
                .orderBy(UTC_DAY);
    }

    /**
     * A user's posts and likes as one list, newest first, at most {@code limit} entries.
     * Twin: {@code sql/activity_of.sql}.
     * <pre>{@code
     * (
     *   select 'POSTED' as kind, posts.id as post_id, posts.created_at as at
     *   from posts
     *   where posts.user_id = :user_id
     *   order by posts.created_at desc, posts.id desc
     *   fetch next :limit rows only
     * )
     * union all (
     *   select 'LIKED', post_likes.post_id, post_likes.created_at
     *   from post_likes
     *   where post_likes.user_id = :user_id
     *   order by post_likes.created_at desc, post_likes.post_id desc
     *   fetch next :limit rows only
     * )
     * order by at desc, kind desc, post_id desc
     * fetch next :limit rows only
     * }</pre>
     *
     * <p>Use it to merge rows of different tables into one feed, a constant column saying which kind each row is.
     * Not for deep pages: each branch reads {@code limit} rows, so page by keyset on {@code (at, kind, post_id)}.
     * Pitfalls: without the limit inside each branch, the engine reads all of a heavy user's rows to keep a few;
     * {@code union} without {@code all} sorts to remove duplicates there cannot be. The column names come from the
     * first branch; {@code kind desc} puts {@code 'POSTED'} before {@code 'LIKED'}, {@code post_id desc} ends ties.
     * The limit inside a branch stops a read only where an index gives the branch's order:
     * {@code ix_posts_user_id_created_at_id} for the posts, {@code ix_post_likes_user_id_created_at_post_id} (V4) for
     * the likes; without the latter the engine fetched and sorted all of the user's likes.
     */
    public ResultQuery<Record3<String, Long, LocalDateTime>> activityOf(long userId, int limit) {
        TimelineArguments.checkActivityLimit(limit);
        Param<Long> user = param("user_id", userId);
        Param<Integer> rows = param("limit", limit);
        var posted = dsl
                .select(inline(ActivityKind.POSTED.name()).as(KIND), POSTS.ID.as(POST_ID), POSTS.CREATED_AT.as(AT))
                .from(POSTS)
                .where(POSTS.USER_ID.eq(user))
                .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc())
                .limit(rows);
        var liked = dsl.select(inline(ActivityKind.LIKED.name()), POST_LIKES.POST_ID, POST_LIKES.CREATED_AT)
                .from(POST_LIKES)
                .where(POST_LIKES.USER_ID.eq(user))
                .orderBy(POST_LIKES.CREATED_AT.desc(), POST_LIKES.POST_ID.desc())
                .limit(rows);
        return posted.unionAll(liked)
                .orderBy(AT.desc(), KIND.desc(), POST_ID.desc())
                .limit(rows);
    }
}
