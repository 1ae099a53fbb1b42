package io.github.querycookbook.likes;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.Recipe;
import java.util.List;

/** The recipes that join through {@code post_likes}, as catalogue entries with example arguments. */
public final class LikeRecipes {

    static final long EXAMPLE_AUTHOR_ID = 1;

    private LikeRecipes() {
    }

    public static List<Recipe> all() {
        return List.of(
                new Recipe("postsByLikeCount", "Every post with its like count, zero included; most liked first.",
                        "posts_by_like_count.sql", LikeQueries.class, "postsByLikeCount", "",
                        dsl -> new LikeQueries(dsl).postsByLikeCount(), Cookbook::postsByLikeCount),
                new Recipe("likersOfPostsBy", "Everyone who liked a post by an author, each name once.",
                        "likers_of_posts_by.sql", LikeQueries.class, "likersOfPostsBy",
                        "authorId = " + EXAMPLE_AUTHOR_ID,
                        dsl -> new LikeQueries(dsl).likersOfPostsBy(EXAMPLE_AUTHOR_ID),
                        cookbook -> cookbook.likersOfPostsBy(EXAMPLE_AUTHOR_ID)));
    }
}
