package io.github.querycookbook.tour;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;

import java.time.LocalDateTime;
import org.jooq.DSLContext;

/**
 * A small dataset for the tour: a self-like, a post nobody liked, two posts created at the same time. It is loaded
 * only into empty tables, so the tour never mixes it into a database that already holds posts.
 */
final class DemoData {

    private DemoData() {
    }

    /** Loads the demo data if {@code users} is empty; returns whether it did. */
    static boolean loadIfEmpty(DSLContext dsl) {
        if (dsl.fetchExists(USERS)) {
            return false;
        }
        long ann = user(dsl, "ann");
        long bob = user(dsl, "bob");
        long chloe = user(dsl, "chloé");
        long cat = user(dsl, "🐱cat");
        long hello = post(dsl, ann, "Hello, world", "2024-05-01T09:00:00");
        long both = post(dsl, bob, "jOOQ or SQL? Both.", "2024-05-02T10:00:00");
        long leftJoins = post(dsl, ann, "Left joins keep posts nobody liked", "2024-05-02T10:00:00");
        post(dsl, chloe, "Nobody likes me yet", "2024-05-03T08:00:00");
        dsl.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID)
                .values(hello, bob).values(hello, chloe).values(hello, ann)
                .values(both, ann)
                .values(leftJoins, bob).values(leftJoins, cat)
                .execute();
        return true;
    }

    private static long user(DSLContext dsl, String username) {
        return dsl.insertInto(USERS, USERS.USERNAME).values(username)
                .returningResult(USERS.ID).fetchSingle().value1();
    }

    private static long post(DSLContext dsl, long author, String content, String utcTime) {
        return dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .values(author, content, LocalDateTime.parse(utcTime))
                .returningResult(POSTS.ID).fetchSingle().value1();
    }
}
