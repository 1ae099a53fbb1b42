package io.github.querycookbook.ranking;

import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import io.github.querycookbook.model.PostLikeCount;
import java.util.List;

/** The ranking recipes as catalogue entries, with example arguments that fit the tour's demo data. */
public final class RankingRecipes {

    /** The demo posts by likes: 1 "Hello, world" (3), 2 by bob (2), 3 (1), 4 (0). */
    private static final int TOP = 2;
    /** The last post of the first page of two: the next page holds posts 3 and 4. */
    private static final PostLikeCount AFTER_SECOND = new PostLikeCount(2, "jOOQ or SQL? Both.", 2, 2);
    /** The last post of all: nothing follows it. */
    private static final PostLikeCount AFTER_LAST = new PostLikeCount(4, "Left joins keep posts nobody liked", 3, 0);

    private RankingRecipes() {
    }

    public static Recipe topPostsByLikeCount() {
        return new Recipe("topPostsByLikeCount", "The most liked posts, read from the like_count counter's index.",
                "top_posts_by_like_count.sql", RankingQueries.class, "topPostsByLikeCount", List.of(
                new Example("limit = " + TOP, dsl -> new RankingQueries(dsl).topPostsByLikeCount(TOP),
                        cookbook -> cookbook.topPostsByLikeCount(TOP))));
    }

    public static Recipe topPostsByLikeCountAfter() {
        return new Recipe("topPostsByLikeCountAfter",
                "The next page of the ranking by likes after its last post (keyset pagination on the counter).",
                "top_posts_by_like_count_after.sql", RankingQueries.class, "topPostsByLikeCountAfter", List.of(
                afterExample(AFTER_SECOND), afterExample(AFTER_LAST)));
    }

    private static Example afterExample(PostLikeCount after) {
        return new Example("after = post " + after.id() + " with " + after.likeCount() + " likes, limit = " + TOP,
                dsl -> new RankingQueries(dsl).topPostsByLikeCountAfter(after, TOP),
                cookbook -> cookbook.topPostsByLikeCountAfter(after, TOP));
    }
}
