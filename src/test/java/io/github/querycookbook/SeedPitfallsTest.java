package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.ANN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import io.github.querycookbook.vanilla.SqlFile;
import io.github.querycookbook.vanilla.SqlRunner;
import java.util.List;
import java.util.Map;

/** The seed article's queries, run as written, next to the recipes that fix them. */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class SeedPitfallsTest {

    @EngineTest
    void seedsHavingWithoutGroupByFailsWhereTheRecipeUsesWhere(TestDatabase db) {
        SqlFile seed = SqlFile.parse("seed_likers.sql", """
                SELECT DISTINCT users.username FROM users
                JOIN post_likes ON users.id = post_likes.user_id
                JOIN posts ON post_likes.post_id = posts.id
                HAVING posts.user_id = :author_id""");

        assertThatThrownBy(() -> new SqlRunner(db.dataSource())
                .query(seed, Map.of("author_id", ANN), row -> row.getString(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(db.queryCookbook().likersOfPostsBy(ANN)).hasSize(5);
    }

    @EngineTest
    void seedsInnerJoinDropsPostsWithoutLikesWhichTheRecipeKeeps(TestDatabase db) {
        List<Long> seedIds = run(db, """
                SELECT posts.id FROM posts JOIN post_likes ON post_likes.post_id = posts.id
                GROUP BY posts.id ORDER BY COUNT(post_likes.user_id) DESC, posts.id""");

        assertThat(seedIds).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(db.queryCookbook().postsByLikeCount()).extracting(PostLikeCount::id)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @EngineTest
    void countStarOverALeftJoinCountsOneLikeForAPostWithNone(TestDatabase db) {
        List<Long> countStar = run(db, """
                SELECT COUNT(*) FROM posts LEFT JOIN post_likes ON post_likes.post_id = posts.id
                WHERE posts.id = 6 GROUP BY posts.id""");

        assertThat(countStar).containsExactly(1L);
        assertThat(db.queryCookbook().postsByLikeCount()).filteredOn(c -> c.id() == 6)
                .extracting(PostLikeCount::likeCount).containsExactly(0L);
    }

    private static List<Long> run(TestDatabase db, String sql) {
        return new SqlRunner(db.dataSource()).query(SqlFile.parse("seed.sql", sql), Map.of(), row -> row.getLong(1));
    }
}
