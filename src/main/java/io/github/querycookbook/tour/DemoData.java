package io.github.querycookbook.tour;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;

import io.github.querycookbook.CookbookDsl;
import java.time.LocalDateTime;
import org.jooq.DSLContext;

/**
 * The small dataset that the tour and the catalogue's example results run on. Each post's title says what it shows:
 *
 * <pre>
 * post  author  created_at (UTC)   title                                likes from, in order
 *  1    ann     2024-05-01 09:00   Hello, world                         bob, chloé, ann (a self-like)
 *  2    bob     2024-05-02 10:00   jOOQ or SQL? Both.                   ann, 🐱cat
 *  3    ann     2024-05-02 10:00   Same second as bob's: id breaks it   bob
 *  4    chloé   2024-05-03 08:00   Left joins keep posts nobody liked   -
 * </pre>
 *
 * <p>{@code 🐱cat} has no posts. It is loaded only into empty tables, so it never mixes with data already there.
 */
public final class DemoData {

    private DemoData() {
    }

    /** Loads the demo data if {@code users} is empty; returns whether it did. */
    public static boolean loadIfEmpty(DSLContext context) {
        DSLContext dsl = CookbookDsl.prepare(context);
        if (dsl.fetchExists(USERS)) {
            return false;
        }
        long ann = user(dsl, "ann");
        long bob = user(dsl, "bob");
        long chloe = user(dsl, "chloé");
        long cat = user(dsl, "🐱cat");
        long hello = post(dsl, ann, "Hello, world", "2024-05-01T09:00:00");
        long both = post(dsl, bob, "jOOQ or SQL? Both.", "2024-05-02T10:00:00");
        long tie = post(dsl, ann, "Same second as bob's: id breaks it", "2024-05-02T10:00:00");
        post(dsl, chloe, "Left joins keep posts nobody liked", "2024-05-03T08:00:00");
        dsl.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID, POST_LIKES.CREATED_AT)
                .values(hello, bob, utc("2024-05-01T09:05:00"))
                .values(hello, chloe, utc("2024-05-01T12:00:00"))
                .values(hello, ann, utc("2024-05-02T08:00:00"))
                .values(both, ann, utc("2024-05-02T10:30:00"))
                .values(both, cat, utc("2024-05-03T09:00:00"))
                .values(tie, bob, utc("2024-05-02T11:00:00"))
                .execute();
        return true;
    }

    private static long user(DSLContext dsl, String username) {
        return dsl.insertInto(USERS, USERS.USERNAME).values(username).returning(USERS.ID).fetchSingle().getId();
    }

    private static LocalDateTime utc(String isoLocalDateTime) {
        return LocalDateTime.parse(isoLocalDateTime);
    }

    private static long post(DSLContext dsl, long author, String content, String utcTime) {
        return dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .values(author, content, utc(utcTime))
                .returning(POSTS.ID).fetchSingle().getId();
    }
}
