package io.github.querycookbook.json;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.util.List;

/** The JSON recipe as a catalogue entry; it takes no arguments and runs on the whole demo data. */
public final class JsonRecipes {

    private JsonRecipes() {
    }

    public static Recipe postsByLikeCountJson() {
        return new Recipe("postsByLikeCountJson", "The posts by like count as one JSON array, built by the database.",
                "posts_by_like_count_json.sql", JsonQueries.class, "postsByLikeCountJson", List.of(
                new Example("", dsl -> new JsonQueries(dsl).postsByLikeCountJson(), Cookbook::postsByLikeCountJson)));
    }
}
