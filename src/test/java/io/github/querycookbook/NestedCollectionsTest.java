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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.querycookbook.model.AuthorSummary;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostWithLikers;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.Statements;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import org.jooq.Select;
import org.junit.jupiter.api.Nested;

/**
 * The nested-collection recipes on every engine, against literal expected values from {@link SocialFixture} (its
 * Javadoc has the data as a table), against their vanilla-SQL twins, and counted: one statement each.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class NestedCollectionsTest {

    @Nested
    class PostsWithLikers {

        @EngineTest
        void listsEveryPostNewestFirstWithItsLikersInAscendingOrder(TestDatabase db) {
            // given the fixture, where posts 8, 3 and 2 share a timestamp and 6, 7 and 8 have no likes
            // when
            List<PostWithLikers> posts = db.queryCookbook().postsWithLikers();
            // then: post 2's likers in the engine's order, as in JoinRecipesTest
            List<String> post2Likers = db.engine() == Engine.H2
                    ? List.of("ann", "🐶cat", "Ｚoë") : List.of("ann", "Ｚoë", "🐶cat");
            assertThat(posts).containsExactly(
                    new PostWithLikers(7, "Ann's third, unliked", List.of()),
                    new PostWithLikers(6, "meow, nobody likes me", List.of()),
                    new PostWithLikers(4, "It's O'Brien's post; DROP TABLE posts; --", List.of("ann", "🐱cat")),
                    new PostWithLikers(8, "Ann, same second again", List.of()),
                    new PostWithLikers(3, "lowercase ann, same second", List.of("Ann", "🐱cat", EMOJI_64_NAME)),
                    new PostWithLikers(2, "Ann again", post2Likers),
                    new PostWithLikers(1, "Hello from Ann", List.of("Ann", "O'Brien", "ann", "🐶cat")),
                    new PostWithLikers(5, "🎉 party", List.of("O'Brien", "Ｚoë")));
        }

        @EngineTest
        void givesAnEmptyListNotNullForAPostNobodyLiked(TestDatabase db) {
            PostWithLikers unliked = db.queryCookbook().postsWithLikers().get(0);

            assertThat(unliked.likers()).isNotNull().isEmpty();
        }

        @EngineTest
        void ordersTheLikersInsideTheAggregate(TestDatabase db) {
            // given the recipe's query as this engine gets it
            Select<?> query = (Select<?>) db.queryCookbook().nestedQueries().postsWithLikers();
            // when
            String sql = CookbookDsl.detached(db.engine().dialect()).render(query);
            // then: the likers' order is the aggregate's own, not that of a derived table it happens to read
            assertThat(sql).contains(switch (db.engine()) {
                case H2 -> "json_arrayagg(json_array(users.username null on null) order by users.username)";
                case POSTGRES -> "jsonb_agg(jsonb_build_array(users.username) order by users.username)";
                case MARIADB, GALERA ->
                        "group_concat(json_array(users.username) order by users.username separator ',')";
            });
            assertThat(query.$orderBy()).hasSize(2);
        }

        @EngineTest
        void runsOneStatement(TestDatabase db) {
            assertThat(Statements.runBy(db, Cookbook::postsWithLikers)).isEqualTo(1);
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            assertThat(db.vanillaCookbook().postsWithLikers()).isEqualTo(db.queryCookbook().postsWithLikers());
        }
    }

    @Nested
    class AuthorSummaries {

        @EngineTest
        void listsEveryUserByIdWithTheirPostsNewestFirstAndTheirLikeCounts(TestDatabase db) {
            // given the fixture, where Ann's posts 8 and 2 share a timestamp
            // when
            List<AuthorSummary> summaries = db.queryCookbook().authorSummaries();
            // then
            assertThat(summaries).extracting(AuthorSummary::userId, AuthorSummary::username).containsExactly(
                    tuple(ANN, "Ann"), tuple(ANN_LOWER, "ann"), tuple(OBRIEN, "O'Brien"),
                    tuple(EMOJI_64, EMOJI_64_NAME), tuple(CAT, "🐱cat"), tuple(DOG, "🐶cat"),
                    tuple(FULLWIDTH_ZOE, "Ｚoë"), tuple(QUIET, "quiet"));
            assertThat(summaries.get(0).posts()).containsExactly(
                    new PostLikeCount(7, "Ann's third, unliked", ANN, 0),
                    new PostLikeCount(8, "Ann, same second again", ANN, 0),
                    new PostLikeCount(2, "Ann again", ANN, 3),
                    new PostLikeCount(1, "Hello from Ann", ANN, 4));
            assertThat(summaries.subList(1, 5)).extracting(AuthorSummary::posts).containsExactly(
                    List.of(new PostLikeCount(3, "lowercase ann, same second", ANN_LOWER, 3)),
                    List.of(new PostLikeCount(4, "It's O'Brien's post; DROP TABLE posts; --", OBRIEN, 2)),
                    List.of(new PostLikeCount(5, "🎉 party", EMOJI_64, 2)),
                    List.of(new PostLikeCount(6, "meow, nobody likes me", CAT, 0)));
        }

        @EngineTest
        void givesAnEmptyListNotNullForAUserWithoutPosts(TestDatabase db) {
            // given 🐶cat, Ｚoë and quiet, who liked posts but wrote none
            // when
            List<AuthorSummary> summaries = db.queryCookbook().authorSummaries();
            // then
            assertThat(summaries.subList(5, 8)).extracting(AuthorSummary::posts)
                    .containsExactly(List.of(), List.of(), List.of());
        }

        @EngineTest
        void runsOneStatement(TestDatabase db) {
            assertThat(Statements.runBy(db, Cookbook::authorSummaries)).isEqualTo(1);
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            assertThat(db.vanillaCookbook().authorSummaries()).isEqualTo(db.queryCookbook().authorSummaries());
        }
    }
}
