package io.github.querycookbook.testing;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;

import io.github.querycookbook.CookbookDsl;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The hand-made dataset of the recipe tests. It holds ties in time (posts 2, 3 and 8) and in like counts (posts 2
 * and 3; 4 and 5; 6, 7 and 8 with none), zero-like posts, a self-like (Ann likes post 1), users who liked several
 * posts by one author (ann and 🐶cat, of Ann's), authors without posts (🐶cat, Ｚoë, quiet), and usernames with an
 * apostrophe, 64 emoji, a full-width letter, and pairs differing only by case or by emoji.
 *
 * <pre>
 * post  author    created_at (UTC)            likes from                     (count)
 *  1    Ann       2024-03-01 10:00            ann, O'Brien, 🐶cat, Ann      (4)
 *  2    Ann       2024-03-02 09:30            ann, 🐶cat, Ｚoë               (3)
 *  3    ann       2024-03-02 09:30            Ann, 😀×64, 🐱cat              (3)
 *  4    O'Brien   2024-03-03 12:00:00.123456  ann, 🐱cat                     (2)
 *  5    😀×64     2024-02-28 23:59:59         O'Brien, Ｚoë                  (2)
 *  6    🐱cat     2024-03-04 08:00            -                              (0)
 *  7    Ann       2024-03-05 07:00            -                              (0)
 *  8    Ann       2024-03-02 09:30            -                              (0)
 * </pre>
 *
 * <p>Each like has its own time (UTC), with day edges, a leap day and ties: ann liked posts 1 and 2 at the same
 * instant, and Ann liked post 3 at the instant she wrote post 7.
 *
 * <pre>
 * post  liker     liked at (UTC)
 *  1    O'Brien   2024-03-01 10:05
 *  1    🐶cat     2024-03-01 23:59:59.999999
 *  1    ann       2024-03-02 10:00
 *  1    Ann       2024-03-04 08:00
 *  2    ann       2024-03-02 10:00
 *  2    🐶cat     2024-03-03 11:00
 *  2    Ｚoë      2024-03-05 12:00
 *  3    😀×64     2024-03-02 11:00
 *  3    Ann       2024-03-05 07:00
 *  3    🐱cat     2024-03-06 07:00
 *  4    ann       2024-03-03 12:30
 *  4    🐱cat     2024-03-04 09:15
 *  5    O'Brien   2024-02-29 08:00
 *  5    Ｚoë      2024-03-01 00:00
 * </pre>
 */
public final class SocialFixture {

    public static final long ANN = 1;
    public static final long ANN_LOWER = 2;
    public static final long OBRIEN = 3;
    public static final long EMOJI_64 = 4;
    public static final long CAT = 5;
    public static final long DOG = 6;
    public static final long FULLWIDTH_ZOE = 7;
    public static final long QUIET = 8;
    public static final long UNKNOWN_ID = 999_999;

    public static final String EMOJI_64_NAME = "😀".repeat(64);

    private SocialFixture() {
    }

    public static void insertInto(DSLContext dsl) {
        DSLContext ctx = CookbookDsl.prepare(dsl);
        ctx.insertInto(USERS, USERS.ID, USERS.USERNAME)
                .values(ANN, "Ann").values(ANN_LOWER, "ann").values(OBRIEN, "O'Brien")
                .values(EMOJI_64, EMOJI_64_NAME).values(CAT, "🐱cat").values(DOG, "🐶cat")
                .values(FULLWIDTH_ZOE, "Ｚoë").values(QUIET, "quiet")
                .execute();
        ctx.insertInto(POSTS, POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .values(1L, ANN, "Hello from Ann", at("2024-03-01T10:00:00"))
                .values(2L, ANN, "Ann again", at("2024-03-02T09:30:00"))
                .values(3L, ANN_LOWER, "lowercase ann, same second", at("2024-03-02T09:30:00"))
                .values(4L, OBRIEN, "It's O'Brien's post; DROP TABLE posts; --", at("2024-03-03T12:00:00.123456"))
                .values(5L, EMOJI_64, "🎉 party", at("2024-02-28T23:59:59"))
                .values(6L, CAT, "meow, nobody likes me", at("2024-03-04T08:00:00"))
                .values(7L, ANN, "Ann's third, unliked", at("2024-03-05T07:00:00"))
                .values(8L, ANN, "Ann, same second again", at("2024-03-02T09:30:00"))
                .execute();
        ctx.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID, POST_LIKES.CREATED_AT)
                .values(1L, OBRIEN, at("2024-03-01T10:05:00"))
                .values(1L, DOG, at("2024-03-01T23:59:59.999999"))
                .values(1L, ANN_LOWER, at("2024-03-02T10:00:00"))
                .values(1L, ANN, at("2024-03-04T08:00:00"))
                .values(2L, ANN_LOWER, at("2024-03-02T10:00:00"))
                .values(2L, DOG, at("2024-03-03T11:00:00"))
                .values(2L, FULLWIDTH_ZOE, at("2024-03-05T12:00:00"))
                .values(3L, EMOJI_64, at("2024-03-02T11:00:00"))
                .values(3L, ANN, at("2024-03-05T07:00:00"))
                .values(3L, CAT, at("2024-03-06T07:00:00"))
                .values(4L, ANN_LOWER, at("2024-03-03T12:30:00"))
                .values(4L, CAT, at("2024-03-04T09:15:00"))
                .values(5L, OBRIEN, at("2024-02-29T08:00:00"))
                .values(5L, FULLWIDTH_ZOE, at("2024-03-01T00:00:00"))
                .execute();
        continueIdentitiesAfterTheFixture(ctx);
    }

    /**
     * Makes the next generated ids follow the fixture's explicit ones: user 9 and post 9. MariaDB's AUTO_INCREMENT
     * moves past explicit ids by itself; an identity column on H2 and PostgreSQL does not, and the first generated id
     * would collide with the fixture's id 1.
     */
    private static void continueIdentitiesAfterTheFixture(DSLContext dsl) {
        if (dsl.dialect().family() != SQLDialect.MARIADB) {
            // test set-up only: jOOQ 3.19 has no DSL for restarting an identity column
            dsl.execute("alter table users alter column id restart with 9");
            dsl.execute("alter table posts alter column id restart with 9");
        }
    }

    /**
     * Puts the fixture back into a database that holds it, whatever a test wrote: every row removed and inserted
     * again, and the next generated ids 9 on every engine again (MariaDB's AUTO_INCREMENT is set back explicitly, as
     * it only ever moves forward by itself). For tests that assert generated ids, or run the same writes twice.
     */
    public static void reset(DSLContext dsl) {
        DSLContext ctx = CookbookDsl.prepare(dsl);
        ctx.deleteFrom(POST_LIKES).execute();
        ctx.deleteFrom(POSTS).execute();
        ctx.deleteFrom(USERS).execute();
        insertInto(ctx);
        if (ctx.dialect().family() == SQLDialect.MARIADB) {
            // test set-up only: jOOQ 3.19 has no DSL for setting AUTO_INCREMENT
            ctx.execute("alter table users auto_increment = 9");
            ctx.execute("alter table posts auto_increment = 9");
        }
    }

    public static LocalDateTime at(String isoLocalDateTime) {
        return LocalDateTime.parse(isoLocalDateTime);
    }
}
