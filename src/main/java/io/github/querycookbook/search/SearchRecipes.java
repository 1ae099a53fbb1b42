package io.github.querycookbook.search;

import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import io.github.querycookbook.model.PostSearch;
import java.time.LocalDateTime;
import java.util.stream.Stream;

/** The post search as a catalogue entry, with criteria that fit the tour's demo data. */
public final class SearchRecipes {

    private SearchRecipes() {
    }

    public static Recipe searchPosts() {
        PostSearch everyCriterion = PostSearch.all().withAuthorId(2).withText("sql")
                .withCreatedFrom(LocalDateTime.parse("2024-05-01T00:00:00"))
                .withCreatedBefore(LocalDateTime.parse("2024-05-03T00:00:00")).withMinLikes(1);
        PostSearch textAndLikes = PostSearch.all().withText("O").withMinLikes(1);
        return new Recipe("searchPosts", "The posts that meet the criteria that are set, newest first.",
                "search_posts.sql", PostSearchQueries.class, "search",
                Stream.of(everyCriterion, textAndLikes, PostSearch.all()).map(SearchRecipes::example).toList());
    }

    private static Example example(PostSearch search) {
        return new Example("search = " + search, dsl -> new PostSearchQueries(dsl).search(search),
                cookbook -> cookbook.searchPosts(search));
    }
}
