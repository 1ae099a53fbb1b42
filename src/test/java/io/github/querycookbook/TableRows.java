package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;

import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;

/** What the write tests read back: row counts, and the tables' rows without the times the database chose. */
final class TableRows {

    private TableRows() {
    }

    static int count(TestDatabase db, Table<?> table) {
        return dsl(db).fetchCount(table);
    }

    static int count(TestDatabase db, Table<?> table, Condition condition) {
        return dsl(db).fetchCount(table, condition);
    }

    /** Every user, post and like as text, in key order; posts and likes without {@code created_at}. */
    static List<String> snapshot(TestDatabase db) {
        DSLContext dsl = dsl(db);
        return Stream.of(
                dsl.select(USERS.ID, USERS.USERNAME).from(USERS).orderBy(USERS.ID).fetch()
                        .map(r -> "user " + r.value1() + " " + r.value2()),
                dsl.select(POSTS.ID, POSTS.USER_ID, POSTS.CONTENT).from(POSTS).orderBy(POSTS.ID).fetch()
                        .map(r -> "post " + r.value1() + " by " + r.value2() + ": " + r.value3()),
                dsl.select(POST_LIKES.POST_ID, POST_LIKES.USER_ID).from(POST_LIKES)
                        .orderBy(POST_LIKES.POST_ID, POST_LIKES.USER_ID).fetch()
                        .map(r -> "like of post " + r.value1() + " by " + r.value2()))
                .flatMap(List::stream).toList();
    }

    static DSLContext dsl(TestDatabase db) {
        return CookbookDsl.prepare(db.dsl());
    }
}
