package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;

/**
 * Timestamps mean UTC whatever the JVM's or the session's time zone. The build runs this class twice: once in UTC
 * and once with {@code -Duser.timezone=Pacific/Chatham} (UTC+12:45, +13:45 in summer), where a default that wrote
 * local time would be almost a day off.
 */
class UtcTimestampsTest {

    @EngineTest
    void defaultCreatedAtIsTheCurrentUtcTime(TestDatabase db) {
        // given
        DSLContext dsl = CookbookDsl.prepare(db.dsl());
        long author = dsl.insertInto(USERS, USERS.USERNAME).values("clock-" + System.nanoTime())
                .returningResult(USERS.ID).fetchOne().value1();

        // when
        long postId = dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT).values(author, "what time is it?")
                .returningResult(POSTS.ID).fetchOne().value1();
        dsl.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID).values(postId, author).execute();

        // then
        LocalDateTime utcNow = LocalDateTime.now(ZoneOffset.UTC);
        Post post = db.queryCookbook().getPost(postId);
        assertThat(post.createdAt()).isCloseTo(utcNow, within(2, ChronoUnit.MINUTES));
        assertThat(post).isEqualTo(db.vanillaCookbook().getPost(postId));
        assertThat(dsl.select(POST_LIKES.CREATED_AT).from(POST_LIKES).where(POST_LIKES.POST_ID.eq(postId))
                .fetchSingle().value1()).isCloseTo(utcNow, within(2, ChronoUnit.MINUTES));
    }

    @EngineTest
    void explicitTimestampsRoundTripUnchanged(TestDatabase db) {
        // given a time inside Europe's 2024 spring-forward gap, which a conversion through such a zone would shift
        DSLContext dsl = CookbookDsl.prepare(db.dsl());
        LocalDateTime written = LocalDateTime.parse("2024-03-31T02:30:00.654321");
        long author = dsl.insertInto(USERS, USERS.USERNAME).values("writer-" + System.nanoTime())
                .returningResult(USERS.ID).fetchOne().value1();

        // when
        long postId = dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .values(author, "fixed time", written)
                .returningResult(POSTS.ID).fetchOne().value1();

        // then
        assertThat(db.queryCookbook().getPost(postId).createdAt()).isEqualTo(written);
        assertThat(db.vanillaCookbook().getPost(postId).createdAt()).isEqualTo(written);
    }
}
