package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.ANN_LOWER;
import static io.github.querycookbook.testing.SocialFixture.DOG;
import static io.github.querycookbook.testing.SocialFixture.OBRIEN;
import static io.github.querycookbook.testing.SocialFixture.QUIET;
import static io.github.querycookbook.testing.SocialFixture.UNKNOWN_ID;
import static io.github.querycookbook.testing.SocialFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Nested;

/**
 * The post-reading recipes on every engine, against literal expected values from {@link SocialFixture} (its Javadoc
 * has the data as a table), and against their vanilla-SQL twins.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class PostRecipesTest {

    @Nested
    class PostsNewestFirst {

        @EngineTest
        void listsEveryPostNewestFirstWithTheHigherIdFirstOnTies(TestDatabase db) {
            // given the social fixture, where posts 2, 3 and 8 share a timestamp
            // when
            List<Post> posts = db.queryCookbook().postsNewestFirst();
            // then
            assertThat(posts).extracting(Post::id).containsExactly(7L, 6L, 4L, 8L, 3L, 2L, 1L, 5L);
        }

        @EngineTest
        void returnsEveryColumnIntactIncludingMicroseconds(TestDatabase db) {
            List<Post> posts = db.queryCookbook().postsNewestFirst();

            assertThat(posts.get(2)).isEqualTo(new Post(4, OBRIEN, "It's O'Brien's post; DROP TABLE posts; --",
                    at("2024-03-03T12:00:00.123456")));
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            assertThat(db.vanillaCookbook().postsNewestFirst()).isEqualTo(db.queryCookbook().postsNewestFirst());
        }
    }

    @Nested
    class FindPost {

        @EngineTest
        void findsThePostById(TestDatabase db) {
            assertThat(db.queryCookbook().findPost(5))
                    .contains(new Post(5, SocialFixture.EMOJI_64, "🎉 party", at("2024-02-28T23:59:59")));
        }

        @EngineTest
        void isEmptyForAnUnknownId(TestDatabase db) {
            assertThat(db.queryCookbook().findPost(UNKNOWN_ID)).isEmpty();
            assertThat(db.queryCookbook().findPost(-1)).isEmpty();
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            for (long id = 0; id <= 9; id++) {
                assertThat(db.vanillaCookbook().findPost(id)).isEqualTo(db.queryCookbook().findPost(id));
            }
        }
    }

    @Nested
    class GetPost {

        @EngineTest
        void returnsThePost(TestDatabase db) {
            assertThat(db.queryCookbook().getPost(1).content()).isEqualTo("Hello from Ann");
        }

        @EngineTest
        void throwsNotFoundNamingTheTableAndTheId(TestDatabase db) {
            assertThatThrownBy(() -> db.queryCookbook().getPost(UNKNOWN_ID))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("No row in table posts with id 999999");
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            assertThat(db.vanillaCookbook().getPost(4)).isEqualTo(db.queryCookbook().getPost(4));
            assertThatThrownBy(() -> db.vanillaCookbook().getPost(UNKNOWN_ID))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("No row in table posts with id 999999");
        }
    }

    @Nested
    class PostsBy {

        @EngineTest
        void listsTheAuthorsPostsNewestFirstWithTheHigherIdFirstOnTies(TestDatabase db) {
            assertThat(db.queryCookbook().postsBy(ANN)).extracting(Post::id).containsExactly(7L, 8L, 2L, 1L);
        }

        @EngineTest
        void keepsAuthorsWhoseNamesDifferOnlyByCaseApart(TestDatabase db) {
            assertThat(db.queryCookbook().postsBy(ANN_LOWER)).extracting(Post::content)
                    .containsExactly("lowercase ann, same second");
        }

        @EngineTest
        void isEmptyForAnAuthorWithoutPostsOrUnknown(TestDatabase db) {
            assertThat(db.queryCookbook().postsBy(DOG)).isEmpty();
            assertThat(db.queryCookbook().postsBy(UNKNOWN_ID)).isEmpty();
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            for (long author = ANN; author <= QUIET + 1; author++) {
                assertThat(db.vanillaCookbook().postsBy(author)).isEqualTo(db.queryCookbook().postsBy(author));
            }
        }
    }
}
