package io.github.querycookbook.likes;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.util.List;

/** The recipes that go through {@code post_likes}, as catalogue entries with example arguments. */
public final class LikeRecipes {

    private static final long AUTHOR_ID = 1;

    private LikeRecipes() {
    }

    public static Recipe postsByLikeCount() {
        return new Recipe("postsByLikeCount", "Every post with its like count, zero included; most liked first.",
                "posts_by_like_count.sql", LikeQueries.class, "postsByLikeCount", List.of(
                new Example("", dsl -> new LikeQueries(dsl).postsByLikeCount(), Cookbook::postsByLikeCount)));
    }

    public static Recipe likersOfPostsBy() {
        return new Recipe("likersOfPostsBy", "Everyone who liked a post by an author, each name once.",
                "likers_of_posts_by.sql", LikeQueries.class, "likersOfPostsBy", List.of(
                new Example("authorId = " + AUTHOR_ID, dsl -> new LikeQueries(dsl).likersOfPostsBy(AUTHOR_ID),
                        cookbook -> cookbook.likersOfPostsBy(AUTHOR_ID))));
    }
}
