package io.github.querycookbook.nested;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.util.List;

/** The nested-collection recipes as catalogue entries; they take no arguments and run on the whole demo data. */
public final class NestedRecipes {

    private NestedRecipes() {
    }

    public static Recipe postsWithLikers() {
        return new Recipe("postsWithLikers", "Every post with its likers' usernames, in one statement (MULTISET).",
                "posts_with_likers.sql", NestedQueries.class, "postsWithLikers", List.of(
                new Example("", dsl -> new NestedQueries(dsl).postsWithLikers(), Cookbook::postsWithLikers)));
    }

    public static Recipe authorSummaries() {
        return new Recipe("authorSummaries", "Every user with their posts and like counts, in one statement"
                + " (nested MULTISET).", "author_summaries.sql", NestedQueries.class, "authorSummaries", List.of(
                new Example("", dsl -> new NestedQueries(dsl).authorSummaries(), Cookbook::authorSummaries)));
    }
}
