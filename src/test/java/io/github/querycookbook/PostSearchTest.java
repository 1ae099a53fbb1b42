package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.DOG;
import static io.github.querycookbook.testing.SocialFixture.UNKNOWN_ID;
import static io.github.querycookbook.testing.SocialFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The post search on every engine, against literal expected values from {@link SocialFixture} (posts newest first:
 * 7, 6, 4, 8, 3, 2, 1, 5), and against its vanilla-SQL twin. {@code PostSearchTextTest} covers the text on rows of
 * its own.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class PostSearchTest {

    private static final PostSearch ALL = PostSearch.all();

    @Nested
    class SearchPosts {

        @EngineTest
        void givesEveryPostNewestFirstWhenNothingIsSet(TestDatabase db) {
            // when
            List<Post> posts = db.queryCookbook().searchPosts(ALL);
            // then posts 8, 3 and 2 share a timestamp: the higher id comes first
            assertThat(posts).extracting(Post::id).containsExactly(7L, 6L, 4L, 8L, 3L, 2L, 1L, 5L);
        }

        @EngineTest
        void keepsOneAuthorsPosts(TestDatabase db) {
            assertThat(ids(db, ALL.withAuthorId(ANN))).containsExactly(7L, 8L, 2L, 1L);
            assertThat(ids(db, ALL.withAuthorId(DOG))).isEmpty();
            assertThat(ids(db, ALL.withAuthorId(UNKNOWN_ID))).isEmpty();
        }

        @EngineTest
        void findsTextAnywhereInTheContentIgnoringCase(TestDatabase db) {
            // given "Ann" in posts 1, 2, 7 and 8, "ann" in post 3
            // when / then
            assertThat(ids(db, ALL.withText("ANN"))).containsExactly(7L, 8L, 3L, 2L, 1L);
            assertThat(ids(db, ALL.withText("o'brien's post; drop"))).containsExactly(4L);
            assertThat(ids(db, ALL.withText("🎉"))).containsExactly(5L);
            assertThat(ids(db, ALL.withText("nobody likes you"))).isEmpty();
        }

        @EngineTest
        void matchesEveryPostWithEmptyText(TestDatabase db) {
            assertThat(ids(db, ALL.withText(""))).containsExactly(7L, 6L, 4L, 8L, 3L, 2L, 1L, 5L);
        }

        @EngineTest
        void includesCreatedFromAndExcludesCreatedBefore(TestDatabase db) {
            // given posts 8, 3 and 2 created at 2024-03-02 09:30
            // when / then
            assertThat(ids(db, ALL.withCreatedFrom(at("2024-03-02T09:30:00")))).containsExactly(7L, 6L, 4L, 8L, 3L, 2L);
            assertThat(ids(db, ALL.withCreatedBefore(at("2024-03-02T09:30:00")))).containsExactly(1L, 5L);
            assertThat(ids(db, ALL.withCreatedFrom(at("2024-03-01T00:00:00"))
                    .withCreatedBefore(at("2024-03-03T00:00:00")))).containsExactly(8L, 3L, 2L, 1L);
        }

        @EngineTest
        void comparesToTheMicrosecond(TestDatabase db) {
            // given post 4 created at 2024-03-03 12:00:00.123456
            PostSearch justPost4 = ALL.withCreatedFrom(at("2024-03-03T12:00:00.123456"))
                    .withCreatedBefore(at("2024-03-03T12:00:00.123457"));
            // when / then
            assertThat(ids(db, justPost4)).containsExactly(4L);
            assertThat(ids(db, ALL.withCreatedFrom(at("2024-03-03T12:00:00.123457"))
                    .withCreatedBefore(at("2024-03-04T08:00:00")))).isEmpty();
        }

        @EngineTest
        void matchesNothingWhenCreatedFromEqualsCreatedBefore(TestDatabase db) {
            assertThat(ids(db, ALL.withCreatedFrom(at("2024-03-02T09:30:00"))
                    .withCreatedBefore(at("2024-03-02T09:30:00")))).isEmpty();
        }

        @EngineTest
        void keepsPostsWithAtLeastMinLikes(TestDatabase db) {
            // given likes: post 1 has 4, posts 2 and 3 have 3, posts 4 and 5 have 2, posts 6, 7 and 8 none
            // when / then
            assertThat(ids(db, ALL.withMinLikes(3))).containsExactly(3L, 2L, 1L);
            assertThat(ids(db, ALL.withMinLikes(1))).containsExactly(4L, 3L, 2L, 1L, 5L);
            assertThat(ids(db, ALL.withMinLikes(0))).containsExactly(7L, 6L, 4L, 8L, 3L, 2L, 1L, 5L);
            assertThat(ids(db, ALL.withMinLikes(5))).isEmpty();
        }

        @EngineTest
        void appliesEveryCriterionThatIsSet(TestDatabase db) {
            // given Ann's posts containing "again": 2 (3 likes) and 8 (none)
            PostSearch search = ALL.withAuthorId(ANN).withText("AGAIN").withMinLikes(1)
                    .withCreatedFrom(at("2024-03-02T00:00:00")).withCreatedBefore(at("2024-03-03T00:00:00"));
            // when
            List<Post> posts = db.queryCookbook().searchPosts(search);
            // then
            assertThat(posts).containsExactly(new Post(2, ANN, "Ann again", at("2024-03-02T09:30:00")));
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            List<PostSearch> searches = List.of(ALL, ALL.withAuthorId(ANN), ALL.withAuthorId(UNKNOWN_ID),
                    ALL.withText("ann"), ALL.withText(""), ALL.withText("%"), ALL.withText("'"),
                    ALL.withCreatedFrom(at("2024-03-02T09:30:00")), ALL.withCreatedBefore(at("2024-03-02T09:30:00")),
                    ALL.withMinLikes(2), ALL.withMinLikes(0),
                    ALL.withAuthorId(ANN).withText("AGAIN").withMinLikes(1).withCreatedFrom(at("2024-03-02T00:00:00"))
                            .withCreatedBefore(at("2024-03-03T00:00:00")));
            searches.forEach(search -> assertThat(db.vanillaCookbook().searchPosts(search)).as(search.toString())
                    .isEqualTo(db.queryCookbook().searchPosts(search)));
        }

        private static List<Long> ids(TestDatabase db, PostSearch search) {
            return db.queryCookbook().searchPosts(search).stream().map(Post::id).toList();
        }
    }

    @Nested
    class Criteria {

        @Test
        void setNothingAtFirst() {
            assertThat(PostSearch.all()).isEqualTo(new PostSearch(null, null, null, null, null));
        }

        @Test
        void eachWitherSetsOneCriterion() {
            assertThat(ALL.withAuthorId(3).withText("x").withCreatedFrom(at("2024-03-01T00:00:00"))
                    .withCreatedBefore(at("2024-03-02T00:00:00")).withMinLikes(2))
                    .isEqualTo(new PostSearch(3L, "x", at("2024-03-01T00:00:00"), at("2024-03-02T00:00:00"), 2L));
        }

        @Test
        void rejectANegativeMinLikes() {
            assertThatThrownBy(() -> ALL.withMinLikes(-1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("minLikes must be at least 0, was -1");
        }

        @Test
        void rejectCreatedFromAfterCreatedBefore() {
            PostSearch from = ALL.withCreatedFrom(at("2024-03-02T00:00:00"));

            assertThatThrownBy(() -> from.withCreatedBefore(at("2024-03-01T23:59:59.999999")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("createdFrom must not be after createdBefore, was 2024-03-02T00:00 after "
                            + "2024-03-01T23:59:59.999999");
        }

        @Test
        void rejectANullWhereAWitherExpectsAValue() {
            assertThatThrownBy(() -> ALL.withText(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
            assertThatThrownBy(() -> ALL.withCreatedFrom(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("createdFrom");
            assertThatThrownBy(() -> ALL.withCreatedBefore(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("createdBefore");
        }
    }
}
