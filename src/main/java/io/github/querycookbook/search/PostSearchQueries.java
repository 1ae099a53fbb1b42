package io.github.querycookbook.search;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.selectCount;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.PostSearch;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.ResultQuery;

/**
 * The query of the post search. It only builds the query: execute it with {@code PostQueries.TO_POST}, or render it
 * with {@code getSQL()} on a {@link CookbookDsl#detached detached} context. Bind values carry the twin file's
 * parameter names (see {@code PostQueries}).
 */
public final class PostSearchQueries {

    /** The escape character of {@link #containsPattern}: not {@code \}, which MariaDB also treats as one. */
    public static final char LIKE_ESCAPE = '!';

    private final DSLContext dsl;

    public PostSearchQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * The posts that meet every criterion that is set, newest first. Twin: {@code sql/search_posts.sql}.
     * <pre>{@code
     * select posts.id, posts.user_id, posts.content, posts.created_at
     * from posts
     * where (
     *   posts.user_id = :author_id
     *   and posts.content ilike :pattern escape '!'
     *   and posts.created_at >= cast(:created_from as timestamp)
     *   and posts.created_at < cast(:created_before as timestamp)
     *   and (select count(*) from post_likes where post_likes.post_id = posts.id) >= :min_likes
     * )
     * order by posts.created_at desc, posts.id desc
     * }</pre>
     *
     * <p>That is the SQL with every criterion set; an unset one is left out, and {@code PostSearch.all()} has no
     * {@code where} at all. Use it for a search form whose fields are optional. Not for full-text search: a
     * {@code like '%text%'} reads every post, as no ordinary index serves a leading wildcard. Pitfalls: the static
     * alternative, {@code (:author_id is null or posts.user_id = :author_id)} for each field (see the twin), gives the
     * planner one plan for every combination, usually a full scan. The text is bound as a pattern in which
     * {@code %}, {@code _} and the escape character are escaped, so they match themselves; concatenating it
     * unescaped makes {@code 100%} match {@code 1000}. ASCII letters match ignoring case on every engine, whatever the
     * JVM's locale, but folding beyond ASCII is the engine's: H2 maps each character with Java's locale-free rules,
     * MariaDB lowers whole strings with Unicode rules, and PostgreSQL follows the database's {@code LC_CTYPE}, which
     * with {@code C} folds ASCII only. So, with {@code C} on PostgreSQL, {@code é} finds {@code É} on H2 and
     * MariaDB only, {@code istanbul} finds {@code İstanbul} on MariaDB only, and {@code σας} finds {@code ΣΑΣ} on H2
     * only.
     */
    public ResultQuery<Record4<Long, Long, String, LocalDateTime>> search(PostSearch search) {
        Objects.requireNonNull(search, "search");
        return dsl.select(POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .from(POSTS)
                .where(conditions(search))
                .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc());
    }

    /**
     * The {@code like} pattern that finds {@code text} anywhere: {@code %}, {@code _} and {@link #LIKE_ESCAPE} in
     * it are escaped, so they match themselves. Use it with {@code escape '!'}.
     */
    public static String containsPattern(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    private static Condition conditions(PostSearch search) {
        Condition where = noCondition();
        if (search.authorId() != null) {
            where = where.and(POSTS.USER_ID.eq(param("author_id", search.authorId())));
        }
        if (search.text() != null) {
            // ilike where the engine has it: H2's lower() follows the JVM's locale, its ilike does not
            where = where.and(POSTS.CONTENT.likeIgnoreCase(param("pattern", containsPattern(search.text())),
                    LIKE_ESCAPE));
        }
        // the dates are typed as the column, to bind with its LocalDateTimeBinding (jOOQ #19844)
        if (search.createdFrom() != null) {
            where = where.and(
                    POSTS.CREATED_AT.ge(param("created_from", POSTS.CREATED_AT).$value(search.createdFrom())));
        }
        if (search.createdBefore() != null) {
            where = where.and(
                    POSTS.CREATED_AT.lt(param("created_before", POSTS.CREATED_AT).$value(search.createdBefore())));
        }
        if (search.minLikes() != null) {
            where = where.and(likeCount().ge(param("min_likes", search.minLikes())));
        }
        return where;
    }

    private static Field<Long> likeCount() {
        // coerce, not cast: the engines' count is already wide enough, only jOOQ's Integer default is not
        return selectCount().from(POST_LIKES).where(POST_LIKES.POST_ID.eq(POSTS.ID)).asField().coerce(Long.class);
    }
}
