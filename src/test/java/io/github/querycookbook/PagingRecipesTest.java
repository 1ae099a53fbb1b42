package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.ANN_LOWER;
import static io.github.querycookbook.testing.SocialFixture.OBRIEN;
import static io.github.querycookbook.testing.SocialFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.FeedPage;
import io.github.querycookbook.model.Page;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/**
 * The pagination recipes on every engine, against literal expected values from {@link SocialFixture} (its Javadoc
 * has the data as a table), and against their vanilla-SQL twins. By like count the fixture's posts come
 * 1, 2, 3, 4, 5, 6, 7, 8; newest first they come 7, 6, 4, 8, 3, 2, 1, 5.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class PagingRecipesTest {

    @Nested
    class PostsByLikeCountPage {

        @EngineTest
        void givesTheFirstPageWithTheTotals(TestDatabase db) {
            // given 8 posts in pages of 3
            // when
            Page<PostLikeCount> page = db.queryCookbook().postsByLikeCountPage(1, 3);
            // then
            assertThat(page.items()).extracting(PostLikeCount::id).containsExactly(1L, 2L, 3L);
            assertThat(page).extracting(Page::pageNumber, Page::pageSize, Page::totalItems, Page::totalPages)
                    .containsExactly(1, 3, 8L, 3);
        }

        @EngineTest
        void mapsEachPostWithItsLikeCount(TestDatabase db) {
            // given posts 3 and 4 on page 2 of 2 posts each
            // when
            Page<PostLikeCount> page = db.queryCookbook().postsByLikeCountPage(2, 2);
            // then
            assertThat(page).isEqualTo(new Page<>(List.of(
                    new PostLikeCount(3, "lowercase ann, same second", ANN_LOWER, 3),
                    new PostLikeCount(4, "It's O'Brien's post; DROP TABLE posts; --", OBRIEN, 2)), 2, 2, 8, 4));
        }

        @EngineTest
        void givesAShortLastPageWithPostsWithoutLikes(TestDatabase db) {
            Page<PostLikeCount> page = db.queryCookbook().postsByLikeCountPage(3, 3);

            assertThat(page.items()).extracting(PostLikeCount::id, PostLikeCount::likeCount)
                    .containsExactly(tuple(7L, 0L), tuple(8L, 0L));
            assertThat(page.totalPages()).isEqualTo(3);
        }

        @EngineTest
        void roundsTheTotalPagesUpOnlyWhenAPageIsPartlyFilled(TestDatabase db) {
            QueryCookbook cookbook = db.queryCookbook();

            assertThat(cookbook.postsByLikeCountPage(2, 4).totalPages()).isEqualTo(2);
            assertThat(cookbook.postsByLikeCountPage(1, 7).totalPages()).isEqualTo(2);
            assertThat(cookbook.postsByLikeCountPage(1, 8).totalPages()).isEqualTo(1);
            assertThat(cookbook.postsByLikeCountPage(8, 1).items()).extracting(PostLikeCount::id).containsExactly(8L);
            assertThat(cookbook.postsByLikeCountPage(1, 100).items()).hasSize(8);
        }

        @EngineTest
        void givesAPagePastTheEndNoItemsButTheTotals(TestDatabase db) {
            // given 8 posts, so 3 pages of 3
            // when
            Page<PostLikeCount> page = db.queryCookbook().postsByLikeCountPage(4, 3);
            // then: the window count had no row to ride on, the totals are still there
            assertThat(page).isEqualTo(new Page<>(List.of(), 4, 3, 8, 3));
        }

        @EngineTest
        void acceptsTheLastIntPageNumberWhoseOffsetOverflowsAnInt(TestDatabase db) {
            // given an offset of (2^31 - 2) * 100, far beyond Integer.MAX_VALUE
            // when
            Page<PostLikeCount> page = db.queryCookbook().postsByLikeCountPage(Integer.MAX_VALUE, 100);
            // then
            assertThat(page).isEqualTo(new Page<>(List.of(), Integer.MAX_VALUE, 100, 8, 1));
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            for (int pageSize : new int[] {1, 2, 3, 5, 8, 9, 100}) {
                for (int pageNumber : new int[] {1, 2, 3, 4, 8, 9, Integer.MAX_VALUE}) {
                    assertThat(db.vanillaCookbook().postsByLikeCountPage(pageNumber, pageSize))
                            .as("page %d of %d", pageNumber, pageSize)
                            .isEqualTo(db.queryCookbook().postsByLikeCountPage(pageNumber, pageSize));
                }
            }
        }
    }

    @Nested
    class Feed {

        @EngineTest
        void givesTheNewestPostsWithoutACursor(TestDatabase db) {
            // given no cursor
            // when
            FeedPage page = db.queryCookbook().feed(null, 3);
            // then
            assertThat(page.items()).extracting(Post::id).containsExactly(7L, 6L, 4L);
            assertThat(page.next()).contains(new FeedCursor(at("2024-03-03T12:00:00.123456"), 4));
        }

        @EngineTest
        void goesOnStrictlyAfterTheCursorThroughPostsOfTheSameInstant(TestDatabase db) {
            // given the cursor of post 4, before posts 8, 3 and 2 which share 09:30
            FeedCursor afterPost4 = new FeedCursor(at("2024-03-03T12:00:00.123456"), 4);
            // when
            FeedPage page = db.queryCookbook().feed(afterPost4, 3);
            // then
            assertThat(page.items()).extracting(Post::id).containsExactly(8L, 3L, 2L);
            assertThat(page.next()).contains(new FeedCursor(at("2024-03-02T09:30:00"), 2));
        }

        @EngineTest
        void hasNoNextCursorWhenNoPostFollowsEvenOnAFullPage(TestDatabase db) {
            // given the cursor of post 2: only posts 1 and 5 follow
            FeedCursor afterPost2 = new FeedCursor(at("2024-03-02T09:30:00"), 2);
            // then
            assertThat(db.queryCookbook().feed(afterPost2, 2))
                    .isEqualTo(new FeedPage(List.of(
                            new Post(1, SocialFixture.ANN, "Hello from Ann", at("2024-03-01T10:00:00")),
                            new Post(5, SocialFixture.EMOJI_64, "🎉 party", at("2024-02-28T23:59:59"))),
                            Optional.empty()));
            assertThat(db.queryCookbook().feed(afterPost2, 3).next()).isEmpty();
            assertThat(db.queryCookbook().feed(null, 8).next()).isEmpty();
        }

        @EngineTest
        void hasANextCursorWhenOnePostFollows(TestDatabase db) {
            FeedPage page = db.queryCookbook().feed(null, 7);

            assertThat(page.items()).extracting(Post::id).containsExactly(7L, 6L, 4L, 8L, 3L, 2L, 1L);
            assertThat(page.next()).contains(new FeedCursor(at("2024-03-01T10:00:00"), 1));
        }

        @EngineTest
        void takesACursorMadeByTheCallerThatMatchesNoPost(TestDatabase db) {
            QueryCookbook cookbook = db.queryCookbook();

            // id 5 between the tied posts 8 and 3: strictly after it come 3 and 2
            assertThat(cookbook.feed(new FeedCursor(at("2024-03-02T09:30:00"), 5), 2).items())
                    .extracting(Post::id).containsExactly(3L, 2L);
            // one microsecond after post 4: post 4 comes first
            assertThat(cookbook.feed(new FeedCursor(at("2024-03-03T12:00:00.123457"), 0), 1).items())
                    .extracting(Post::id).containsExactly(4L);
            // a cursor in the future gives the newest post; one at the oldest post gives nothing
            assertThat(cookbook.feed(new FeedCursor(at("2030-01-01T00:00:00"), 0), 1).items())
                    .extracting(Post::id).containsExactly(7L);
            assertThat(cookbook.feed(new FeedCursor(at("2024-02-28T23:59:59"), 5), 5))
                    .isEqualTo(new FeedPage(List.of(), Optional.empty()));
        }

        @EngineTest
        void walksEveryPostOnceInNewestFirstOrder(TestDatabase db) {
            for (int limit = 1; limit <= 9; limit++) {
                assertThat(walk(db.queryCookbook(), limit)).as("limit %d", limit)
                        .containsExactly(7L, 6L, 4L, 8L, 3L, 2L, 1L, 5L);
            }
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            for (int limit = 1; limit <= 9; limit++) {
                FeedCursor after = null;
                do {
                    FeedPage page = db.queryCookbook().feed(after, limit);
                    assertThat(db.vanillaCookbook().feed(after, limit)).as("after %s, limit %d", after, limit)
                            .isEqualTo(page);
                    after = page.next().orElse(null);
                } while (after != null);
            }
            FeedCursor madeByCaller = new FeedCursor(at("2024-03-02T09:30:00"), 5);
            assertThat(db.vanillaCookbook().feed(madeByCaller, 2)).isEqualTo(db.queryCookbook().feed(madeByCaller, 2));
        }
    }

    @Nested
    class Preconditions {

        @EngineTest
        void pageNumberCountsFromOne(TestDatabase db) {
            for (Cookbook cookbook : List.of(db.queryCookbook(), db.vanillaCookbook())) {
                assertThatThrownBy(() -> cookbook.postsByLikeCountPage(0, 10))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("pageNumber must be at least 1, was 0");
                assertThatThrownBy(() -> cookbook.postsByLikeCountPage(Integer.MIN_VALUE, 10))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("pageNumber must be at least 1, was -2147483648");
            }
        }

        @EngineTest
        void pageSizeIsOneToAHundred(TestDatabase db) {
            for (Cookbook cookbook : List.of(db.queryCookbook(), db.vanillaCookbook())) {
                assertThatThrownBy(() -> cookbook.postsByLikeCountPage(1, 0))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("pageSize must be between 1 and 100, was 0");
                assertThatThrownBy(() -> cookbook.postsByLikeCountPage(1, 101))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("pageSize must be between 1 and 100, was 101");
            }
        }

        @EngineTest
        void limitIsOneToAHundred(TestDatabase db) {
            for (Cookbook cookbook : List.of(db.queryCookbook(), db.vanillaCookbook())) {
                assertThatThrownBy(() -> cookbook.feed(null, 0))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("limit must be between 1 and 100, was 0");
                assertThatThrownBy(() -> cookbook.feed(null, 101))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("limit must be between 1 and 100, was 101");
            }
        }
    }

    /** The ids of every feed page, following each page's next cursor from the first page to the end. */
    private static List<Long> walk(Cookbook cookbook, int limit) {
        List<Long> ids = new ArrayList<>();
        Optional<FeedCursor> after = Optional.empty();
        do {
            FeedPage page = cookbook.feed(after.orElse(null), limit);
            page.items().forEach(post -> ids.add(post.id()));
            after = page.next();
        } while (after.isPresent());
        return ids;
    }
}
