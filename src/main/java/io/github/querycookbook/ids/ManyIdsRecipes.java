package io.github.querycookbook.ids;

import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.util.List;

/** The recipes that take many ids, as catalogue entries with example arguments that fit the tour's demo data. */
public final class ManyIdsRecipes {

    /** Two posts of the demo data, one of them twice, and an id that does not exist. */
    private static final List<Long> IDS = List.of(3L, 1L, 3L, 404L);

    private ManyIdsRecipes() {
    }

    public static Recipe postsByIds() {
        return new Recipe("postsByIds", "The posts with any of many ids, in batches that fit every engine's limit.",
                "posts_by_ids.sql", ManyIdsQueries.class, "postsByIds", List.of(
                new Example("ids = " + IDS, dsl -> new ManyIdsQueries(dsl).postsByIds(IdBatches.of(IDS).get(0)),
                        cookbook -> cookbook.postsByIds(IDS))));
    }
}
