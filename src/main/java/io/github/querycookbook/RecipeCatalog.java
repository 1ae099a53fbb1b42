package io.github.querycookbook;

import io.github.querycookbook.likes.LikeRecipes;
import io.github.querycookbook.posts.PostRecipes;
import java.util.List;

/**
 * Every recipe, by topic, in catalogue order. Each feature package offers its own topic; a new feature adds its topic
 * here, and the tour and the generated catalogue pick it up unchanged.
 */
public final class RecipeCatalog {

    private RecipeCatalog() {
    }

    public static List<Topic> topics() {
        return List.of(PostRecipes.topic(), LikeRecipes.topic());
    }

    public static List<Recipe> all() {
        return topics().stream().flatMap(topic -> topic.recipes().stream()).toList();
    }
}
