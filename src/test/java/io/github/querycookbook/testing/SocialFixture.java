package io.github.querycookbook.testing;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;

import io.github.querycookbook.CookbookDsl;
import java.time.LocalDateTime;
import org.jooq.DSLContext;

/**
 * The hand-made dataset of the recipe tests. It holds ties in time (posts 2, 3 and 8) and in like counts (posts 2
 * and 3; 4 and 5; 6, 7 and 8 with none), zero-like posts, a self-like (Ann likes post 1), users who liked several
 * posts by one author (ann and 🐶cat, of Ann's), authors without posts (🐶cat, Ｚoë, quiet), and usernames with an
 * apostrophe, 64 emoji, a full-width letter, and pairs differing only by case or by emoji.
 *
 * <pre>
 * post  author    created_at (UTC)            likes from
 *  1    Ann       2024-03-01 10:00            ann, O'Brien, 🐶cat, Ann      (4)
 *  2    Ann       2024-03-02 09:30            ann, 🐶cat, Ｚoë               (3)
 *  3    ann       2024-03-02 09:30            Ann, 😀×64, 🐱cat              (3)
 *  4    O'Brien   2024-03-03 12:00:00.123456  ann, 🐱cat                     (2)
 *  5    😀×64     2024-02-28 23:59:59         O'Brien, Ｚoë                  (2)
 *  6    🐱cat     2024-03-04 08:00            -                              (0)
 *  7    Ann       2024-03-05 07:00            -                              (0)
 *  8    Ann       2024-03-02 09:30            -                              (0)
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
        ctx.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID)
                .values(1L, ANN_LOWER).values(1L, OBRIEN).values(1L, DOG).values(1L, ANN)
                .values(2L, ANN_LOWER).values(2L, DOG).values(2L, FULLWIDTH_ZOE)
                .values(3L, ANN).values(3L, EMOJI_64).values(3L, CAT)
                .values(4L, ANN_LOWER).values(4L, CAT)
                .values(5L, OBRIEN).values(5L, FULLWIDTH_ZOE)
                .execute();
    }

    public static LocalDateTime at(String isoLocalDateTime) {
        return LocalDateTime.parse(isoLocalDateTime);
    }
}
