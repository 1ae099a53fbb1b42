package io.github.querycookbook;

import static io.github.querycookbook.testing.JsonTrees.keys;
import static io.github.querycookbook.testing.JsonTrees.parse;
import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.ANN_LOWER;
import static io.github.querycookbook.testing.SocialFixture.CAT;
import static io.github.querycookbook.testing.SocialFixture.EMOJI_64;
import static io.github.querycookbook.testing.SocialFixture.OBRIEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.Statements;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import org.jooq.Select;
import org.junit.jupiter.api.Nested;

/**
 * The JSON recipe on every engine, against literal expected values from {@link SocialFixture} and element by element
 * against {@code postsByLikeCount()}; the JSON is parsed with Jackson, so it must be valid.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class PostsAsJsonTest {

    @Nested
    class PostsByLikeCountJson {

        @EngineTest
        void listsThePostsMostLikedFirstTiesById(TestDatabase db) {
            // given the fixture: posts 2 and 3 tie at 3 likes, 4 and 5 at 2, and 6, 7 and 8 at 0
            // when
            JsonNode posts = parse(db.queryCookbook().postsByLikeCountJson());
            // then
            assertThat(posts.isArray()).isTrue();
            assertThat(posts).extracting(post -> post.get("id").asLong(), post -> post.get("like_count").asLong(),
                    post -> post.get("user_id").asLong()).containsExactly(
                    tuple(1L, 4L, ANN), tuple(2L, 3L, ANN), tuple(3L, 3L, ANN_LOWER), tuple(4L, 2L, OBRIEN),
                    tuple(5L, 2L, EMOJI_64), tuple(6L, 0L, CAT), tuple(7L, 0L, ANN), tuple(8L, 0L, ANN));
            assertThat(posts.get(3).get("content").textValue()).isEqualTo("It's O'Brien's post; DROP TABLE posts; --");
        }

        @EngineTest
        void holdsTheRowsOfPostsByLikeCountElementByElement(TestDatabase db) {
            QueryCookbook cookbook = db.queryCookbook();

            JsonNode posts = parse(cookbook.postsByLikeCountJson());
            List<PostLikeCount> rows = cookbook.postsByLikeCount();

            assertThat(posts).hasSize(8);
            for (int i = 0; i < rows.size(); i++) {
                JsonNode post = posts.get(i);
                assertThat(new PostLikeCount(post.get("id").longValue(), post.get("content").textValue(),
                        post.get("user_id").longValue(), post.get("like_count").longValue()))
                        .as("element %d", i).isEqualTo(rows.get(i));
            }
        }

        @EngineTest
        void givesEachPostExactlyFourKeysInOrderWithIntegersForIdsAndCount(TestDatabase db) {
            JsonNode posts = parse(db.queryCookbook().postsByLikeCountJson());

            for (JsonNode post : posts) {
                assertThat(keys(post)).containsExactly("content", "id", "like_count", "user_id");
                assertThat(post.get("content").isTextual()).isTrue();
                assertThat(List.of(post.get("id"), post.get("like_count"), post.get("user_id")))
                        .allMatch(JsonNode::isIntegralNumber);
            }
        }

        @EngineTest
        void ordersInsideTheAggregateAndNotInTheOuterQuery(TestDatabase db) {
            // given the recipe's query as this engine gets it
            Select<?> query = (Select<?>) db.queryCookbook().jsonQueries().postsByLikeCountJson();
            // when
            String sql = CookbookDsl.detached(db.engine().dialect()).render(query);
            // then: the one result row needs no order; the array's elements do
            assertThat(query.$orderBy()).isEmpty();
            assertThat(sql).contains("order by counted.like_count desc, counted.id asc");
        }

        @EngineTest
        void runsOneStatement(TestDatabase db) {
            assertThat(Statements.runBy(db, Cookbook::postsByLikeCountJson)).isEqualTo(1);
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            String twinText = db.vanillaCookbook().postsByLikeCountJson();
            String jooqText = db.queryCookbook().postsByLikeCountJson();
            JsonNode twin = parse(twinText);
            JsonNode jooq = parse(jooqText);

            assertThat(twin).isEqualTo(jooq);
            assertThat(twinText).isEqualTo(jooqText);
            for (int i = 0; i < jooq.size(); i++) {
                assertThat(keys(twin.get(i))).as("keys of element %d", i).isEqualTo(keys(jooq.get(i)));
            }
        }
    }
}
