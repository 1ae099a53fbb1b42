package io.github.querycookbook.catalog;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.jooq.impl.DSL.param;

import io.github.querycookbook.CookbookDsl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.ResultQuery;

/**
 * The fetch-mode truth table: each of jOOQ's fetch modes run on a query that returns 0, 1 and 2 rows of the tour's
 * demo data, and what it gave back, in words. {@link FetchModesWriter} turns it into {@code docs/fetch-modes.md}.
 */
final class FetchModes {

    /** Demo authors with 0, 1 and 2 posts, by name: their ids are the engine's (a cluster's nodes step by three). */
    static final List<String> AUTHORS_WITH_0_1_2_POSTS = List.of("🐱cat", "chloé", "ann");

    /**
     * A jOOQ fetch mode and its counterpart in SQLAlchemy's {@code Query} API, which Flask-SQLAlchemy's
     * {@code Model.query} uses.
     */
    record Mode(String call, Function<ResultQuery<Record1<String>>, Object> fetch, String sqlAlchemy, String note) {
    }

    static final List<Mode> MODES = List.of(
            new Mode("query.fetch()", ResultQuery::fetch, "all()", "a list; empty, never null, when there is no row"),
            new Mode("query.fetchAny()", ResultQuery::fetchAny, "first()",
                    "the first row, later ones ignored; `first()` adds `LIMIT 1`, jOOQ sends the query as it is"),
            new Mode("query.fetchOne()", ResultQuery::fetchOne, "one_or_none()",
                    "null or the row; a second row is an error (`MultipleResultsFound`)"),
            new Mode("query.fetchOptional()", ResultQuery::fetchOptional, "one_or_none()",
                    "the same, with `Optional` instead of null"),
            new Mode("query.fetchSingle()", ResultQuery::fetchSingle, "one()",
                    "exactly one row: `NoResultFound` / `MultipleResultsFound` otherwise"),
            new Mode("dsl.fetchValue(query)", query -> query.configuration().dsl().fetchValue(query), "scalar()",
                    "the first column of at most one row; SQLAlchemy 2.0's `Result.scalar()` ignores more rows"));

    private FetchModes() {
    }

    /** The query of the table: the posts of one author, by id. */
    static ResultQuery<Record1<String>> postsOf(DSLContext dsl, long authorId) {
        return CookbookDsl.prepare(dsl).select(POSTS.CONTENT).from(POSTS)
                .where(POSTS.USER_ID.eq(param("author_id", authorId))).orderBy(POSTS.ID);
    }

    /** Each mode's call, with what it gave for 0, 1 and 2 rows, in table order. */
    static Map<String, List<String>> record(DSLContext dsl) {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (Mode mode : MODES) {
            table.put(mode.call(), AUTHORS_WITH_0_1_2_POSTS.stream().map(author -> idOf(dsl, author))
                    .map(author -> outcome(() -> mode.fetch().apply(postsOf(dsl, author)))).toList());
        }
        return table;
    }

    private static long idOf(DSLContext dsl, String username) {
        return CookbookDsl.prepare(dsl).select(USERS.ID).from(USERS).where(USERS.USERNAME.eq(username)).fetchSingle()
                .value1();
    }

    /** What a fetch gave, in words: the rows, null, empty, or the exception it threw. */
    private static String outcome(Supplier<Object> fetch) {
        try {
            return describe(fetch.get());
        } catch (RuntimeException e) {
            return "throws `" + e.getClass().getSimpleName() + "`";
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return "`null`";
        }
        if (value instanceof Result<?> result) {
            return "`Result` of " + result.size() + (result.size() == 1 ? " row" : " rows");
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(present -> "`Optional` of " + describe(present)).orElse("`Optional.empty()`");
        }
        if (value instanceof Record record) {
            return "record \"" + record.get(0) + "\"";
        }
        return "value \"" + value + "\"";
    }
}
