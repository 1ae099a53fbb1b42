package io.github.querycookbook;

import java.util.List;
import java.util.Objects;

/**
 * A heading of the recipe catalogue: recipes that answer the same kind of question. Each feature package offers its
 * topic, and {@link RecipeCatalog} lists them in reading order.
 *
 * @param title   the heading, for example "Joins and aggregation"
 * @param summary one sentence on what the recipes under it show
 * @param recipes the recipes, in reading order
 */
public record Topic(String title, String summary, List<Recipe> recipes) {

    public Topic {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        recipes = List.copyOf(recipes);
    }
}
