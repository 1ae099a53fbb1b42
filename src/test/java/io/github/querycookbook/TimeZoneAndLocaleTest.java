package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.DailyLikes;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * What a JVM far from UTC and in Turkish must not change. The build's second test pass runs in
 * {@code Pacific/Chatham} (UTC+12:45, +13:45 in summer: a quarter-hour offset with daylight saving) with the locale
 * {@code tr_TR}, where {@code "I".toLowerCase()} is a dotless {@code "ı"}; the first pass runs in UTC, in English.
 * Every answer here is the same in both.
 */
@DatabaseSetup(Setup.MIGRATED)
class TimeZoneAndLocaleTest {

    /** Midnight in Chatham, 30 June 2024 (UTC+12:45): a quarter-hour that a conversion through the zone would move. */
    private static final LocalDateTime CHATHAM_MIDNIGHT = LocalDateTime.parse("2024-06-30T11:15:00.000001");

    /**
     * Inside Chatham's daylight-saving gap: on 29 September 2024 its clocks jump from 02:45 to 03:45, so these wall
     * clock times do not exist there, and a conversion through the zone moves them an hour later.
     */
    private static final List<LocalDateTime> CHATHAM_GAP = List.of(LocalDateTime.parse("2024-09-29T02:45:00"),
            LocalDateTime.parse("2024-09-29T03:00:00"));

    @EngineTest
    void timestampsRoundTripExactly(TestDatabase db) {
        // given posts written just after midnight in Chatham, in its daylight-saving gap, and at the last microsecond
        // of a year
        long author = newUser(db, "clockmaker");
        LocalDateTime endOfYear = LocalDateTime.parse("2024-12-31T23:59:59.999999");
        long early = newPost(db, author, "Chatham midnight", CHATHAM_MIDNIGHT);
        List<Long> inGap = CHATHAM_GAP.stream().map(at -> newPost(db, author, "in the gap", at)).toList();
        long late = newPost(db, author, "end of year", endOfYear);

        // when / then both cookbooks read them back to the microsecond, and search by them
        for (Cookbook cookbook : List.of(db.queryCookbook(), db.vanillaCookbook())) {
            assertThat(cookbook.getPost(early).createdAt()).isEqualTo(CHATHAM_MIDNIGHT);
            assertThat(inGap.stream().map(id -> cookbook.getPost(id).createdAt()))
                    .containsExactlyElementsOf(CHATHAM_GAP);
            assertThat(cookbook.getPost(late).createdAt()).isEqualTo(endOfYear);
            assertThat(cookbook.searchPosts(PostSearch.all().withAuthorId(author).withCreatedFrom(CHATHAM_MIDNIGHT)
                    .withCreatedBefore(endOfYear))).extracting(Post::id)
                    .containsExactly(inGap.get(1), inGap.get(0), early);
            assertThat(cookbook.searchPosts(PostSearch.all().withAuthorId(author).withCreatedFrom(CHATHAM_GAP.get(1))
                    .withCreatedBefore(CHATHAM_GAP.get(1).plusNanos(1000)))).extracting(Post::id)
                    .containsExactly(inGap.get(1));
        }
    }

    @EngineTest
    void dailyLikesCountsUtcDays(TestDatabase db) {
        // given likes at 11:30 UTC on 30 June (already 1 July, 00:15, in Chatham), at the day's last microsecond,
        // and at midnight UTC on 1 July
        long author = newUser(db, "daily author");
        long post = newPost(db, author, "liked around midnight", LocalDateTime.parse("2024-06-01T00:00:00"));
        like(db, post, newUser(db, "liker 1"), "2024-06-30T11:30:00");
        like(db, post, newUser(db, "liker 2"), "2024-06-30T23:59:59.999999");
        like(db, post, newUser(db, "liker 3"), "2024-07-01T00:00:00");

        // when / then
        List<DailyLikes> expected = List.of(new DailyLikes(LocalDate.parse("2024-06-29"), 0),
                new DailyLikes(LocalDate.parse("2024-06-30"), 2), new DailyLikes(LocalDate.parse("2024-07-01"), 1),
                new DailyLikes(LocalDate.parse("2024-07-02"), 0));
        for (Cookbook cookbook : List.of(db.queryCookbook(), db.vanillaCookbook())) {
            assertThat(cookbook.dailyLikes(post, LocalDate.parse("2024-06-29"), LocalDate.parse("2024-07-02")))
                    .isEqualTo(expected);
        }
    }

    @EngineTest
    void caseInsensitiveSearchMatchesIAndIAsInEnglish(TestDatabase db) {
        // given posts with a capital I, a small i and both, which Turkish would fold to ı and İ instead
        long author = newUser(db, "traveller");
        long capital = newPost(db, author, "ISTANBUL by night", LocalDateTime.parse("2024-05-01T10:00:00"));
        long small = newPost(db, author, "izmir in spring", LocalDateTime.parse("2024-05-02T10:00:00"));
        long mixed = newPost(db, author, "Istanbul, again", LocalDateTime.parse("2024-05-03T10:00:00"));

        // when / then
        for (Cookbook cookbook : List.of(db.queryCookbook(), db.vanillaCookbook())) {
            assertThat(search(cookbook, author, "istanbul")).containsExactly(mixed, capital);
            assertThat(search(cookbook, author, "ISTANBUL")).containsExactly(mixed, capital);
            assertThat(search(cookbook, author, "IZMIR")).containsExactly(small);
            assertThat(search(cookbook, author, "I")).containsExactly(mixed, small, capital);
        }
    }

    private static List<Long> search(Cookbook cookbook, long author, String text) {
        return cookbook.searchPosts(PostSearch.all().withAuthorId(author).withText(text)).stream().map(Post::id)
                .toList();
    }

    private static long newUser(TestDatabase db, String username) {
        return dsl(db).insertInto(USERS, USERS.USERNAME).values(username).returningResult(USERS.ID).fetchOne()
                .value1();
    }

    private static long newPost(TestDatabase db, long author, String content, LocalDateTime createdAt) {
        return dsl(db).insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .values(author, content, createdAt).returningResult(POSTS.ID).fetchOne().value1();
    }

    private static void like(TestDatabase db, long post, long user, String likedAt) {
        dsl(db).insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID, POST_LIKES.CREATED_AT)
                .values(post, user, LocalDateTime.parse(likedAt)).execute();
    }

    private static DSLContext dsl(TestDatabase db) {
        return TableRows.dsl(db);
    }
}
