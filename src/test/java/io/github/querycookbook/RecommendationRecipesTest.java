package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.Recommendation;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;

/**
 * The recommendation recipe on every engine, against literal expected values from {@link SocialFixture} (its Javadoc
 * has the data as a table), and against its vanilla-SQL twin. What each user liked, read from that table: Ann 1 and
 * 3; ann 1, 2 and 4; O'Brien 1 and 5; 😀×64 3; 🐱cat 3 and 4; 🐶cat 1 and 2; Ｚoë 2 and 5; quiet nothing.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class RecommendationRecipesTest {

    /** Every post id of the fixture, one past the last, and an unknown one. */
    private static final long[] POST_IDS = LongStream.concat(LongStream.rangeClosed(1, 9), LongStream.of(UNKNOWN_ID))
            .toArray();

    private static final String POST_1 = "Hello from Ann";
    private static final String POST_2 = "Ann again";
    private static final String POST_3 = "lowercase ann, same second";
    private static final String POST_4 = "It's O'Brien's post; DROP TABLE posts; --";
    private static final String POST_5 = "🎉 party";

    @Nested
    class AlsoLiked {

        @EngineTest
        void ranksTheOtherPostsBySharedLikersThenById(TestDatabase db) {
            // given post 1, liked by O'Brien (also 5), 🐶cat (also 2), ann (also 2 and 4) and Ann (also 3)
            // when
            List<Recommendation> recommendations = db.queryCookbook().alsoLiked(1, 100);
            // then post 2 shares two likers; 3, 4 and 5 share one each and follow by id
            assertThat(recommendations).containsExactly(
                    new Recommendation(2, POST_2, 2),
                    new Recommendation(3, POST_3, 1),
                    new Recommendation(4, POST_4, 1),
                    new Recommendation(5, POST_5, 1));
        }

        @EngineTest
        void cutsATieAtTheLimitKeepingTheLowerIds(TestDatabase db) {
            // given post 1, whose recommendations 3, 4 and 5 tie with one shared liker each
            QueryCookbook cookbook = db.queryCookbook();
            // then
            assertThat(cookbook.alsoLiked(1, 1)).containsExactly(new Recommendation(2, POST_2, 2));
            assertThat(cookbook.alsoLiked(1, 2)).extracting(Recommendation::postId).containsExactly(2L, 3L);
            assertThat(cookbook.alsoLiked(1, 3)).extracting(Recommendation::postId).containsExactly(2L, 3L, 4L);
        }

        @EngineTest
        void leavesOutThePostItselfAndPostsThatShareNoLiker(TestDatabase db) {
            // given post 2, liked by ann (also 1 and 4), 🐶cat (also 1) and Ｚoë (also 5); nobody liked 2 and 3
            // when
            List<Recommendation> recommendations = db.queryCookbook().alsoLiked(2, 100);
            // then
            assertThat(recommendations).containsExactly(
                    new Recommendation(1, POST_1, 2),
                    new Recommendation(4, POST_4, 1),
                    new Recommendation(5, POST_5, 1));
        }

        @EngineTest
        void countsAnAuthorsLikeOfTheirOwnPost(TestDatabase db) {
            // given post 3, liked by 😀×64 (nothing else), Ann (also her own post 1) and 🐱cat (also 4)
            // when
            List<Recommendation> recommendations = db.queryCookbook().alsoLiked(3, 100);
            // then Ann's self-like of post 1 counts as a shared liker, and the tie goes to the lower id
            assertThat(recommendations).containsExactly(
                    new Recommendation(1, POST_1, 1),
                    new Recommendation(4, POST_4, 1));
        }

        @EngineTest
        void ranksTheRemainingPostsToo(TestDatabase db) {
            // given post 4, liked by ann (also 1 and 2) and 🐱cat (also 3); post 5, by O'Brien (also 1), Ｚoë (also 2)
            QueryCookbook cookbook = db.queryCookbook();
            // then
            assertThat(cookbook.alsoLiked(4, 100)).containsExactly(
                    new Recommendation(1, POST_1, 1),
                    new Recommendation(2, POST_2, 1),
                    new Recommendation(3, POST_3, 1));
            assertThat(cookbook.alsoLiked(5, 100)).containsExactly(
                    new Recommendation(1, POST_1, 1),
                    new Recommendation(2, POST_2, 1));
        }

        @EngineTest
        void isEmptyForAPostWithoutLikes(TestDatabase db) {
            // given posts 6, 7 and 8, which nobody liked
            QueryCookbook cookbook = db.queryCookbook();
            // then
            assertThat(cookbook.alsoLiked(6, 100)).isEmpty();
            assertThat(cookbook.alsoLiked(7, 100)).isEmpty();
            assertThat(cookbook.alsoLiked(8, 100)).isEmpty();
        }

        @EngineTest
        void isEmptyForAnUnknownPost(TestDatabase db) {
            assertThat(db.queryCookbook().alsoLiked(9, 100)).isEmpty();
            assertThat(db.queryCookbook().alsoLiked(UNKNOWN_ID, 100)).isEmpty();
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            for (long post : POST_IDS) {
                for (int limit : new int[] {1, 2, 3, 100}) {
                    assertThat(db.vanillaCookbook().alsoLiked(post, limit)).as("post %d, limit %d", post, limit)
                            .isEqualTo(db.queryCookbook().alsoLiked(post, limit));
                }
            }
        }
    }
}
