package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.ANN_LOWER;
import static io.github.querycookbook.testing.SocialFixture.CAT;
import static io.github.querycookbook.testing.SocialFixture.DOG;
import static io.github.querycookbook.testing.SocialFixture.EMOJI_64_NAME;
import static io.github.querycookbook.testing.SocialFixture.OBRIEN;
import static io.github.querycookbook.testing.SocialFixture.QUIET;
import static io.github.querycookbook.testing.SocialFixture.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Nested;

/**
 * The recipes that join through {@code post_likes} on every engine, against literal expected values from
 * {@link SocialFixture} (its Javadoc has the data as a table), and against their vanilla-SQL twins.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class LikeRecipesTest {

    @Nested
    class PostsByLikeCount {

        @EngineTest
        void keepsPostsWithoutLikesWithACountOfZero(TestDatabase db) {
            List<PostLikeCount> counts = db.queryCookbook().postsByLikeCount();

            assertThat(counts).filteredOn(c -> c.likeCount() == 0).extracting(PostLikeCount::id)
                    .containsExactly(6L, 7L, 8L);
        }

        @EngineTest
        void ordersByLikeCountDescendingThenIdAscending(TestDatabase db) {
            List<PostLikeCount> counts = db.queryCookbook().postsByLikeCount();

            assertThat(counts).extracting(PostLikeCount::id, PostLikeCount::likeCount).containsExactly(
                    tuple(1L, 4L), tuple(2L, 3L), tuple(3L, 3L), tuple(4L, 2L), tuple(5L, 2L),
                    tuple(6L, 0L), tuple(7L, 0L), tuple(8L, 0L));
        }

        @EngineTest
        void labelsTheCountNextToThePostColumns(TestDatabase db) {
            assertThat(db.queryCookbook().postsByLikeCount().get(0))
                    .isEqualTo(new PostLikeCount(1, "Hello from Ann", ANN, 4));
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            assertThat(db.vanillaCookbook().postsByLikeCount()).isEqualTo(db.queryCookbook().postsByLikeCount());
        }
    }

    @Nested
    class LikersOfPostsBy {

        @EngineTest
        void listsEachFanOnceIncludingTheAuthorsSelfLike(TestDatabase db) {
            // given Ann's posts 1, 2 and 7: ann and 🐶cat liked two of them, Ann liked her own
            // when
            List<String> likers = db.queryCookbook().likersOfPostsBy(ANN);
            // then: code-point order on PostgreSQL (C collation) and MariaDB (utf8mb4_nopad_bin),
            // UTF-16 order on H2, which puts the emoji (surrogates D83D..) before the full-width Ｚ (FF3A)
            List<String> codePointOrder = List.of("Ann", "O'Brien", "ann", "Ｚoë", "🐶cat");
            List<String> utf16Order = List.of("Ann", "O'Brien", "ann", "🐶cat", "Ｚoë");
            assertThat(likers).containsExactlyElementsOf(db.engine() == Engine.H2 ? utf16Order : codePointOrder);
        }

        @EngineTest
        void keepsNamesThatDifferOnlyByCaseOrByEmojiApart(TestDatabase db) {
            assertThat(db.queryCookbook().likersOfPostsBy(ANN_LOWER)).containsExactly("Ann", "🐱cat", EMOJI_64_NAME);
            assertThat(db.queryCookbook().likersOfPostsBy(OBRIEN)).containsExactly("ann", "🐱cat");
        }

        @EngineTest
        void isEmptyForAnAuthorWithoutLikesWithoutPostsOrUnknown(TestDatabase db) {
            QueryCookbook cookbook = db.queryCookbook();

            assertThat(cookbook.likersOfPostsBy(CAT)).isEmpty();
            assertThat(cookbook.likersOfPostsBy(DOG)).isEmpty();
            assertThat(cookbook.likersOfPostsBy(UNKNOWN_ID)).isEmpty();
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            for (long author = ANN; author <= QUIET + 1; author++) {
                assertThat(db.vanillaCookbook().likersOfPostsBy(author)).as("author %d", author)
                        .isEqualTo(db.queryCookbook().likersOfPostsBy(author));
            }
        }
    }
}
