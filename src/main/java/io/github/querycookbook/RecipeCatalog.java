package io.github.querycookbook;

import io.github.querycookbook.likes.LikeRecipes;
import io.github.querycookbook.posts.PostRecipes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every recipe, in catalogue order. Each feature package lists its own; a new feature adds its list here, and the
 * tour and the generated catalogue pick it up unchanged.
 */
public final class RecipeCatalog {

    private RecipeCatalog() {
    }

    public static List<Recipe> all() {
        return Stream.of(PostRecipes.all(), LikeRecipes.all()).flatMap(List::stream).toList();
    }
}
