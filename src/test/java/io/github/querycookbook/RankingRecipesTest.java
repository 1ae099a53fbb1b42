package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.ANN_LOWER;
import static io.github.querycookbook.testing.SocialFixture.CAT;
import static io.github.querycookbook.testing.SocialFixture.EMOJI_64;
import static io.github.querycookbook.testing.SocialFixture.OBRIEN;
import static io.github.querycookbook.testing.SocialFixture.QUIET;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;

/**
 * The ranking recipes on every engine, against literal values from {@link SocialFixture}, whose counters tie twice
 * (posts 2 and 3 with 3 likes, 4 and 5 with 2) and three times at 0 (6, 7, 8), and against their twins.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class RankingRecipesTest {

    static final PostLikeCount POST_1 = new PostLikeCount(1, "Hello from Ann", ANN, 4);
    static final PostLikeCount POST_2 = new PostLikeCount(2, "Ann again", ANN, 3);
    static final PostLikeCount POST_3 = new PostLikeCount(3, "lowercase ann, same second", ANN_LOWER, 3);
    static final PostLikeCount POST_4 = new PostLikeCount(4, "It's O'Brien's post; DROP TABLE posts; --", OBRIEN, 2);
    static final PostLikeCount POST_5 = new PostLikeCount(5, "🎉 party", EMOJI_64, 2);
    static final PostLikeCount POST_6 = new PostLikeCount(6, "meow, nobody likes me", CAT, 0);
    static final PostLikeCount POST_7 = new PostLikeCount(7, "Ann's third, unliked", ANN, 0);
    static final PostLikeCount POST_8 = new PostLikeCount(8, "Ann, same second again", ANN, 0);

    @Nested
    class TopPostsByLikeCount {

        @EngineTest
        void givesTheMostLikedPostsWithTiesByIdAscending(TestDatabase db) {
            assertThat(db.queryCookbook().topPostsByLikeCount(3)).containsExactly(POST_1, POST_2, POST_3);
        }

        @EngineTest
        void cutsATieAtTheLimitKeepingTheLowerId(TestDatabase db) {
            assertThat(db.queryCookbook().topPostsByLikeCount(2)).containsExactly(POST_1, POST_2);
            assertThat(db.queryCookbook().topPostsByLikeCount(4)).containsExactly(POST_1, POST_2, POST_3, POST_4);
        }

        @EngineTest
        void givesEveryPostInTheOrderOfTheAggregateWhenTheLimitExceedsThem(TestDatabase db) {
            // when
            List<PostLikeCount> top = db.queryCookbook().topPostsByLikeCount(1000);
            // then
            assertThat(top).containsExactly(POST_1, POST_2, POST_3, POST_4, POST_5, POST_6, POST_7, POST_8);
            assertThat(top).isEqualTo(db.queryCookbook().postsByLikeCount());
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            for (int limit = 1; limit <= 9; limit++) {
                assertThat(db.vanillaCookbook().topPostsByLikeCount(limit)).as("limit %d", limit)
                        .isEqualTo(db.queryCookbook().topPostsByLikeCount(limit));
            }
        }

        @EngineTest
        void followsLikesThatTheCookbookWrites(TestDatabase db) {
            // given
            SocialFixture.reset(db.dsl());
            Cookbook cookbook = db.queryCookbook();
            try {
                // when quiet likes post 8 and 🐶cat's like of post 1 goes
                cookbook.like(QUIET, 8);
                cookbook.unlike(SocialFixture.DOG, 1);
                // then post 1 ties with 2 and 3 and stays first by id; post 8 leads the posts with one like or less
                assertThat(cookbook.topPostsByLikeCount(8)).containsExactly(
                        new PostLikeCount(1, POST_1.content(), ANN, 3), POST_2, POST_3, POST_4, POST_5,
                        new PostLikeCount(8, POST_8.content(), ANN, 1), POST_6, POST_7);
                assertThat(cookbook.topPostsByLikeCount(8)).isEqualTo(cookbook.postsByLikeCount());
            } finally {
                SocialFixture.reset(db.dsl());
            }
        }
    }

    @Nested
    class TopPostsByLikeCountAfter {

        @EngineTest
        void goesOnAfterTheLastPostOfThePreviousPage(TestDatabase db) {
            assertThat(db.queryCookbook().topPostsByLikeCountAfter(POST_3, 2)).containsExactly(POST_4, POST_5);
        }

        @EngineTest
        void goesOnWithinATieBeforeTheLowerCounts(TestDatabase db) {
            // given cursors inside the ties at 3 and at 0
            QueryCookbook cookbook = db.queryCookbook();
            // then
            assertThat(cookbook.topPostsByLikeCountAfter(POST_2, 2)).containsExactly(POST_3, POST_4);
            assertThat(cookbook.topPostsByLikeCountAfter(POST_6, 5)).containsExactly(POST_7, POST_8);
        }

        @EngineTest
        void isEmptyAfterTheLastPost(TestDatabase db) {
            assertThat(db.queryCookbook().topPostsByLikeCountAfter(POST_8, 1000)).isEmpty();
        }

        @EngineTest
        void takesACursorThatNoPostMatches(TestDatabase db) {
            // given a cursor made by the caller: one like, id 0, between the posts with 2 likes and those with none
            PostLikeCount between = new PostLikeCount(0, "made up", 0, 1);
            // then
            assertThat(db.queryCookbook().topPostsByLikeCountAfter(between, 2)).containsExactly(POST_6, POST_7);
        }

        @EngineTest
        void walksTheWholeRankingPageByPage(TestDatabase db) {
            // given
            QueryCookbook cookbook = db.queryCookbook();
            // when
            List<PostLikeCount> walked = new ArrayList<>(cookbook.topPostsByLikeCount(3));
            List<PostLikeCount> page = walked;
            while (!page.isEmpty()) {
                page = cookbook.topPostsByLikeCountAfter(page.get(page.size() - 1), 3);
                walked.addAll(page);
            }
            // then
            assertThat(walked).containsExactly(POST_1, POST_2, POST_3, POST_4, POST_5, POST_6, POST_7, POST_8);
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            List<PostLikeCount> cursors = List.of(POST_1, POST_2, POST_3, POST_4, POST_5, POST_6, POST_7, POST_8,
                    new PostLikeCount(0, "made up", 0, 1), new PostLikeCount(99, "made up", 0, 99));
            for (PostLikeCount after : cursors) {
                for (int limit : new int[] {1, 2, 3, 1000}) {
                    assertThat(db.vanillaCookbook().topPostsByLikeCountAfter(after, limit))
                            .as("after post %d, limit %d", after.id(), limit)
                            .isEqualTo(db.queryCookbook().topPostsByLikeCountAfter(after, limit));
                }
            }
        }
    }
}
