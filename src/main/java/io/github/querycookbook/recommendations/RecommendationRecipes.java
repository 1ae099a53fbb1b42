package io.github.querycookbook.recommendations;

import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.util.List;

/** The recommendation recipes, as catalogue entries with example arguments that fit the tour's demo data. */
public final class RecommendationRecipes {

    /**
     * "Hello, world", liked by bob, chloé and its author ann: ann also liked post 2 and bob post 3, one shared liker
     * each, so the tie goes to the lower id.
     */
    private static final long HELLO_POST = 1;
    /** "Left joins keep posts nobody liked": no likers, so nothing to recommend. */
    private static final long UNLIKED_POST = 4;
    private static final int LIMIT = 5;

    private RecommendationRecipes() {
    }

    public static Recipe alsoLiked() {
        return new Recipe("alsoLiked", "People who liked this post also liked: a self-join on the likes.",
                "also_liked.sql", RecommendationQueries.class, "alsoLiked", List.of(
                example(HELLO_POST, LIMIT), example(HELLO_POST, 1), example(UNLIKED_POST, LIMIT)));
    }

    private static Example example(long postId, int limit) {
        return new Example("postId = " + postId + ", limit = " + limit,
                dsl -> new RecommendationQueries(dsl).alsoLiked(postId, limit),
                cookbook -> cookbook.alsoLiked(postId, limit));
    }
}
