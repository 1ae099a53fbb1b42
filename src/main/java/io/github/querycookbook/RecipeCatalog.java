package io.github.querycookbook;

import io.github.querycookbook.likes.LikeRecipes;
import io.github.querycookbook.posts.PostRecipes;
import io.github.querycookbook.search.SearchRecipes;
import io.github.querycookbook.users.UserRecipes;
import java.util.List;

/**
 * Every recipe, by topic, in catalogue order. Each feature package offers its recipes as {@link Recipe} entries; a
 * new recipe joins its topic here, and the tour and the generated catalogue pick it up unchanged.
 */
public final class RecipeCatalog {

    private RecipeCatalog() {
    }

    public static List<Topic> topics() {
        return List.of(
                new Topic("Fetch modes", "Zero or one row: an Optional when none is a normal answer, an exception that"
                        + " a web layer maps to 404 when it is not.",
                        List.of(PostRecipes.findPost(), PostRecipes.getPost(), UserRecipes.findUserByUsername(),
                                UserRecipes.getUserByUsername())),
                new Topic("Ordering and filtering", "A total order, with a tie-breaker, and filters on bound values;"
                        + " a dynamic filter builds only the conditions that are set.",
                        List.of(PostRecipes.postsNewestFirst(), PostRecipes.postsBy(), SearchRecipes.searchPosts())),
                new Topic("Joins", "Through the many-to-many link table post_likes.",
                        List.of(LikeRecipes.likersOfPostsBy())),
                new Topic("Aggregation and windows", "Counting per group, groups without rows included.",
                        List.of(LikeRecipes.postsByLikeCount())));
    }

    public static List<Recipe> all() {
        return topics().stream().flatMap(topic -> topic.recipes().stream()).toList();
    }
}
