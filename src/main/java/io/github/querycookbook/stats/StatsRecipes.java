package io.github.querycookbook.stats;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

/** The aggregation and window-function recipes as catalogue entries, with arguments that fit the demo data. */
public final class StatsRecipes {

    /** In the demo data, ann received 4 likes, bob 2, chloé and 🐱cat none. */
    private static final long FEW_LIKES = 2;
    private static final long ANY_LIKES = 0;
    /** The demo data's second day: one of post 1's three likes, and every like of posts 2 and 3, come from it on. */
    private static final LocalDateTime SECOND_DAY = LocalDateTime.parse("2024-05-02T00:00:00");

    private StatsRecipes() {
    }

    public static Recipe authorsWithAtLeast() {
        return new Recipe("authorsWithAtLeast",
                "The likes each user received, for users with at least a minimum (HAVING).",
                "authors_with_at_least.sql", AggregateQueries.class, "authorsWithAtLeast",
                Stream.of(FEW_LIKES, ANY_LIKES)
                        .map(minLikes -> new Example("minLikes = " + minLikes,
                                dsl -> new AggregateQueries(dsl).authorsWithAtLeast(minLikes),
                                cookbook -> cookbook.authorsWithAtLeast(minLikes)))
                        .toList());
    }

    public static Recipe likeStatsSince() {
        return new Recipe("likeStatsSince", "Each post's likes of all time and since an instant, in one pass (FILTER).",
                "like_stats_since.sql", AggregateQueries.class, "likeStatsSince", List.of(
                new Example("since = " + SECOND_DAY, dsl -> new AggregateQueries(dsl).likeStatsSince(SECOND_DAY),
                        cookbook -> cookbook.likeStatsSince(SECOND_DAY))));
    }

    public static Recipe topPostPerAuthor() {
        return new Recipe("topPostPerAuthor", "Each author's most-liked post, ties to the newest (ROW_NUMBER).",
                "top_post_per_author.sql", WindowQueries.class, "topPostPerAuthor", List.of(
                new Example("", dsl -> new WindowQueries(dsl).topPostPerAuthor(), Cookbook::topPostPerAuthor)));
    }

    public static Recipe rankPostsByLikes() {
        return new Recipe("rankPostsByLikes", "Every post ranked by like count, ties visible (RANK, DENSE_RANK).",
                "rank_posts_by_likes.sql", WindowQueries.class, "rankPostsByLikes", List.of(
                new Example("", dsl -> new WindowQueries(dsl).rankPostsByLikes(), Cookbook::rankPostsByLikes)));
    }
}
