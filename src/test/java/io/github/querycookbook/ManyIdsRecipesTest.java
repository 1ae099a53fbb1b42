package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.EMOJI_64;
import static io.github.querycookbook.testing.SocialFixture.UNKNOWN_ID;
import static io.github.querycookbook.testing.SocialFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;

/**
 * The recipes that take many ids on every engine, against literal expected values from {@link SocialFixture}, and
 * against their vanilla-SQL twins. Without ids, and with null ids, they are tested in {@link PreconditionsTest}.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class ManyIdsRecipesTest {

    @Nested
    class PostsByIds {

        @EngineTest
        void returnsThePostsByIdAscendingIgnoringDuplicatesAndUnknownIds(TestDatabase db) {
            // given
            List<Long> ids = List.of(5L, 1L, 5L, UNKNOWN_ID, 3L, 0L, -1L);
            // when
            List<Post> posts = db.queryCookbook().postsByIds(ids);
            // then
            assertThat(posts).extracting(Post::id).containsExactly(1L, 3L, 5L);
        }

        @EngineTest
        void returnsEveryColumnIntact(TestDatabase db) {
            assertThat(db.queryCookbook().postsByIds(Set.of(5L, 7L))).containsExactly(
                    new Post(5, EMOJI_64, "🎉 party", at("2024-02-28T23:59:59")),
                    new Post(7, ANN, "Ann's third, unliked", at("2024-03-05T07:00:00")));
        }

        @EngineTest
        void takesOneHundredThousandIdsThroughBothCookbooks(TestDatabase db) {
            // given 100,000 ids: the fixture's eight posts, last to first and once more, between unknown ids below
            // and above them, so that posts 1..8 straddle two batches
            List<Long> ids = hundredThousandIdsAroundThePostsOfTheFixture();
            // when
            List<Post> viaJooq = db.queryCookbook().postsByIds(ids);
            List<Post> viaSql = db.vanillaCookbook().postsByIds(ids);
            // then
            assertThat(ids).hasSize(100_000);
            assertThat(viaJooq).extracting(Post::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
            assertThat(viaSql).isEqualTo(viaJooq);
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            List<List<Long>> idLists = List.of(List.of(), List.of(UNKNOWN_ID), List.of(1L), List.of(8L, 8L, 2L),
                    LongStream.rangeClosed(-3, 12).boxed().toList(), hundredThousandIdsAroundThePostsOfTheFixture());
            for (List<Long> ids : idLists) {
                assertThat(db.vanillaCookbook().postsByIds(ids)).as("%d ids", ids.size())
                        .isEqualTo(db.queryCookbook().postsByIds(ids));
            }
        }

        private static List<Long> hundredThousandIdsAroundThePostsOfTheFixture() {
            List<Long> ids = new ArrayList<>();
            LongStream.rangeClosed(-49_996, 0).forEach(ids::add);
            LongStream.rangeClosed(1, 8).map(id -> 9 - id).forEach(ids::add);
            LongStream.rangeClosed(1, 8).forEach(ids::add);
            LongStream.range(1_000_000, 1_000_000 + 100_000 - ids.size()).forEach(ids::add);
            return ids;
        }
    }
}
