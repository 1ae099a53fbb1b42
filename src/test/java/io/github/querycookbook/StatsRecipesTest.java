package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.ANN_LOWER;
import static io.github.querycookbook.testing.SocialFixture.CAT;
import static io.github.querycookbook.testing.SocialFixture.DOG;
import static io.github.querycookbook.testing.SocialFixture.EMOJI_64;
import static io.github.querycookbook.testing.SocialFixture.EMOJI_64_NAME;
import static io.github.querycookbook.testing.SocialFixture.FULLWIDTH_ZOE;
import static io.github.querycookbook.testing.SocialFixture.OBRIEN;
import static io.github.querycookbook.testing.SocialFixture.QUIET;
import static io.github.querycookbook.testing.SocialFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.querycookbook.model.AuthorLikes;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostLikeStats;
import io.github.querycookbook.model.RankedPost;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;

/**
 * The aggregation and window-function recipes on every engine, against literal expected values from
 * {@link SocialFixture} (its Javadoc has the posts and the likes with their times), and against their vanilla-SQL
 * twins. Likes received per user in the fixture: Ann 7 (posts 1 and 2), ann 3, O'Brien 2, 😀×64 2, everyone else 0.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class StatsRecipesTest {

    @Nested
    class AuthorsWithAtLeast {

        @EngineTest
        void sumsTheLikesOfAllOfAUsersPostsSelfLikesIncluded(TestDatabase db) {
            // given Ann's posts 1 (4 likes, one her own) and 2 (3 likes); posts 7 and 8 have none
            // when
            List<AuthorLikes> authors = db.queryCookbook().authorsWithAtLeast(1);
            // then: O'Brien and 😀×64 tie at 2, lower id first
            assertThat(authors).containsExactly(
                    new AuthorLikes(ANN, "Ann", 7), new AuthorLikes(ANN_LOWER, "ann", 3),
                    new AuthorLikes(OBRIEN, "O'Brien", 2), new AuthorLikes(EMOJI_64, EMOJI_64_NAME, 2));
        }

        @EngineTest
        void listsEveryUserWithZeroThoseWithoutPostsOrLikesIncluded(TestDatabase db) {
            // given 🐱cat, whose only post has no likes, and 🐶cat, Ｚoë and quiet, who have no posts
            // when
            List<AuthorLikes> authors = db.queryCookbook().authorsWithAtLeast(0);
            // then
            assertThat(authors).extracting(AuthorLikes::userId, AuthorLikes::likesReceived).containsExactly(
                    tuple(ANN, 7L), tuple(ANN_LOWER, 3L), tuple(OBRIEN, 2L), tuple(EMOJI_64, 2L),
                    tuple(CAT, 0L), tuple(DOG, 0L), tuple(FULLWIDTH_ZOE, 0L), tuple(QUIET, 0L));
        }

        @EngineTest
        void keepsATotalEqualToTheMinimumAndDropsTotalsBelowIt(TestDatabase db) {
            QueryCookbook cookbook = db.queryCookbook();

            assertThat(cookbook.authorsWithAtLeast(3)).extracting(AuthorLikes::userId).containsExactly(ANN, ANN_LOWER);
            assertThat(cookbook.authorsWithAtLeast(7)).extracting(AuthorLikes::userId).containsExactly(ANN);
            assertThat(cookbook.authorsWithAtLeast(8)).isEmpty();
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            for (long minLikes = 0; minLikes <= 9; minLikes++) {
                assertThat(db.vanillaCookbook().authorsWithAtLeast(minLikes)).as("minLikes %d", minLikes)
                        .isEqualTo(db.queryCookbook().authorsWithAtLeast(minLikes));
            }
            assertThat(db.vanillaCookbook().authorsWithAtLeast(Long.MAX_VALUE)).isEmpty();
        }
    }

    @Nested
    class LikeStatsSince {

        @EngineTest
        void countsAllTimeAndRecentLikesOfEveryPostZeroIncluded(TestDatabase db) {
            // given likes from 2024-02-29 to 2024-03-06, and posts 6, 7 and 8 without any
            // when
            List<PostLikeStats> stats = db.queryCookbook().likeStatsSince(at("2024-03-03T00:00:00"));
            // then
            assertThat(stats).containsExactly(
                    new PostLikeStats(1, 4, 1), new PostLikeStats(2, 3, 2), new PostLikeStats(3, 3, 2),
                    new PostLikeStats(4, 2, 2), new PostLikeStats(5, 2, 0), new PostLikeStats(6, 0, 0),
                    new PostLikeStats(7, 0, 0), new PostLikeStats(8, 0, 0));
        }

        @EngineTest
        void countsALikeGivenExactlyAtSinceButNotOneAMicrosecondEarlier(TestDatabase db) {
            // given 🐶cat's like of post 1 at 2024-03-01 23:59:59.999999
            QueryCookbook cookbook = db.queryCookbook();
            // when
            PostLikeStats atTheLike = cookbook.likeStatsSince(at("2024-03-01T23:59:59.999999")).get(0);
            PostLikeStats justAfter = cookbook.likeStatsSince(at("2024-03-02T00:00:00")).get(0);
            // then
            assertThat(atTheLike).isEqualTo(new PostLikeStats(1, 4, 3));
            assertThat(justAfter).isEqualTo(new PostLikeStats(1, 4, 2));
        }

        @EngineTest
        void countsEveryLikeSinceBeforeTheFirstAndNoneSinceAfterTheLast(TestDatabase db) {
            QueryCookbook cookbook = db.queryCookbook();

            assertThat(cookbook.likeStatsSince(at("2024-02-29T08:00:00")))
                    .extracting(PostLikeStats::postId, PostLikeStats::likesSince).containsExactly(
                            tuple(1L, 4L), tuple(2L, 3L), tuple(3L, 3L), tuple(4L, 2L), tuple(5L, 2L),
                            tuple(6L, 0L), tuple(7L, 0L), tuple(8L, 0L));
            assertThat(cookbook.likeStatsSince(at("2024-03-06T07:00:00.000001")))
                    .extracting(PostLikeStats::likesSince).containsOnly(0L);
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            List<LocalDateTime> instants = List.of(at("2000-01-01T00:00:00"), at("2024-02-29T08:00:00"),
                    at("2024-03-01T00:00:00"), at("2024-03-01T23:59:59.999999"), at("2024-03-02T10:00:00"),
                    at("2024-03-04T09:15:00"), at("2024-03-06T07:00:00"), at("2024-03-06T07:00:00.000001"),
                    at("2099-12-31T23:59:59"));
            for (LocalDateTime since : instants) {
                assertThat(db.vanillaCookbook().likeStatsSince(since)).as("since %s", since)
                        .isEqualTo(db.queryCookbook().likeStatsSince(since));
            }
        }
    }

    @Nested
    class TopPostPerAuthor {

        @EngineTest
        void picksEachAuthorsMostLikedPostAndLeavesOutUsersWithoutPosts(TestDatabase db) {
            // given Ann's posts 1 (4 likes), 2 (3), 7 and 8 (0), and 🐱cat's only post 6, which nobody liked
            // when
            List<PostLikeCount> top = db.queryCookbook().topPostPerAuthor();
            // then
            assertThat(top).containsExactly(
                    new PostLikeCount(1, "Hello from Ann", ANN, 4),
                    new PostLikeCount(3, "lowercase ann, same second", ANN_LOWER, 3),
                    new PostLikeCount(4, "It's O'Brien's post; DROP TABLE posts; --", OBRIEN, 2),
                    new PostLikeCount(5, "🎉 party", EMOJI_64, 2),
                    new PostLikeCount(6, "meow, nobody likes me", CAT, 0));
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            assertThat(db.vanillaCookbook().topPostPerAuthor()).isEqualTo(db.queryCookbook().topPostPerAuthor());
        }
    }

    @Nested
    class RankPostsByLikes {

        @EngineTest
        void givesTiedPostsOneRankThatSkipsAndOneDenseRankThatDoesNot(TestDatabase db) {
            // given like counts 4, 3, 3, 2, 2, 0, 0, 0 for posts 1 to 8
            // when
            List<RankedPost> ranked = db.queryCookbook().rankPostsByLikes();
            // then
            assertThat(ranked).containsExactly(
                    new RankedPost(1, 4, 1, 1), new RankedPost(2, 3, 2, 2), new RankedPost(3, 3, 2, 2),
                    new RankedPost(4, 2, 4, 3), new RankedPost(5, 2, 4, 3), new RankedPost(6, 0, 6, 4),
                    new RankedPost(7, 0, 6, 4), new RankedPost(8, 0, 6, 4));
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            assertThat(db.vanillaCookbook().rankPostsByLikes()).isEqualTo(db.queryCookbook().rankPostsByLikes());
        }
    }
}
