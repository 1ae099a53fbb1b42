package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static io.github.querycookbook.testing.SocialFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import org.jooq.DSLContext;

/**
 * How {@code topPostPerAuthor} breaks ties, on data made for it (the social fixture has no author with two equally
 * liked top posts):
 *
 * <pre>
 * author     post  created_at (UTC)   likes
 * newest      10   2024-01-01 10:00   1
 * newest      11   2024-01-02 10:00   1    equally liked, newer: the top post
 * newest      12   2024-01-03 10:00   0    newest of all, but less liked
 * unliked     20   2024-01-01 10:00   0
 * unliked     21   2024-01-05 10:00   0    newest: the top post, with 0
 * unliked     22   2024-01-03 10:00   0
 * same-time   30   2024-01-02 12:00   1
 * same-time   31   2024-01-02 12:00   1    same likes, same instant, higher id: the top post
 * </pre>
 */
@DatabaseSetup(Setup.MIGRATED)
class TopPostTiesTest {

    private static final long NEWEST = 1;
    private static final long UNLIKED = 2;
    private static final long SAME_TIME = 3;

    @EngineTest
    void givesTiesToTheNewestPostThenToTheHigherId(TestDatabase db) {
        // given
        insertTiesOnce(db.dsl());
        // when
        List<PostLikeCount> top = db.queryCookbook().topPostPerAuthor();
        // then
        assertThat(top).containsExactly(
                new PostLikeCount(11, "newer", NEWEST, 1),
                new PostLikeCount(21, "newest", UNLIKED, 0),
                new PostLikeCount(31, "same instant, higher id", SAME_TIME, 1));
    }

    @EngineTest
    void agreesWithItsSqlTwinOnTies(TestDatabase db) {
        insertTiesOnce(db.dsl());

        assertThat(db.vanillaCookbook().topPostPerAuthor()).isEqualTo(db.queryCookbook().topPostPerAuthor());
    }

    /** The tests of a class share their database, so whichever runs first inserts the rows. */
    private static void insertTiesOnce(DSLContext context) {
        DSLContext dsl = CookbookDsl.prepare(context);
        if (dsl.fetchExists(USERS)) {
            return;
        }
        dsl.insertInto(USERS, USERS.ID, USERS.USERNAME)
                .values(NEWEST, "newest").values(UNLIKED, "unliked").values(SAME_TIME, "same-time")
                .execute();
        dsl.insertInto(POSTS, POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .values(10L, NEWEST, "older", at("2024-01-01T10:00:00"))
                .values(11L, NEWEST, "newer", at("2024-01-02T10:00:00"))
                .values(12L, NEWEST, "newest, unliked", at("2024-01-03T10:00:00"))
                .values(20L, UNLIKED, "first", at("2024-01-01T10:00:00"))
                .values(21L, UNLIKED, "newest", at("2024-01-05T10:00:00"))
                .values(22L, UNLIKED, "middle", at("2024-01-03T10:00:00"))
                .values(30L, SAME_TIME, "same instant, lower id", at("2024-01-02T12:00:00"))
                .values(31L, SAME_TIME, "same instant, higher id", at("2024-01-02T12:00:00"))
                .execute();
        dsl.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID, POST_LIKES.CREATED_AT)
                .values(10L, UNLIKED, at("2024-01-06T10:00:00"))
                .values(11L, SAME_TIME, at("2024-01-06T10:00:00"))
                .values(30L, NEWEST, at("2024-01-06T10:00:00"))
                .values(31L, UNLIKED, at("2024-01-06T10:00:00"))
                .execute();
    }
}
