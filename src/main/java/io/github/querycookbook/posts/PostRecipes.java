package io.github.querycookbook.posts;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** The post-reading recipes as catalogue entries, with example arguments that fit the tour's demo data. */
public final class PostRecipes {

    private static final long AUTHOR_ID = 1;
    private static final long POST_ID = 1;
    private static final long MISSING_POST_ID = 404;

    private PostRecipes() {
    }

    public static Recipe postsNewestFirst() {
        return new Recipe("postsNewestFirst", "Every post, newest first; ties broken by id.",
                "posts_newest_first.sql", PostQueries.class, "newestFirst", List.of(
                new Example("", dsl -> new PostQueries(dsl).newestFirst(), Cookbook::postsNewestFirst)));
    }

    public static Recipe postsBy() {
        return new Recipe("postsBy", "One author's posts, newest first.",
                "posts_by.sql", PostQueries.class, "byAuthor", List.of(
                new Example("authorId = " + AUTHOR_ID, dsl -> new PostQueries(dsl).byAuthor(AUTHOR_ID),
                        cookbook -> cookbook.postsBy(AUTHOR_ID))));
    }

    public static Recipe findPost() {
        return new Recipe("findPost", "The post with an id, or an empty Optional (first()).",
                "find_post.sql", PostQueries.class, "byId", foundAndMissing(Cookbook::findPost));
    }

    public static Recipe getPost() {
        return new Recipe("getPost", "The post with an id, or NotFoundException for a 404 (first_or_404()).",
                "find_post.sql", PostQueries.class, "byId", foundAndMissing(Cookbook::getPost));
    }

    /** Both paths of a fetch by id: a post that exists, and one that does not. */
    private static List<Example> foundAndMissing(BiFunction<Cookbook, Long, ?> recipe) {
        return Stream.of(POST_ID, MISSING_POST_ID)
                .map(id -> new Example("postId = " + id, dsl -> new PostQueries(dsl).byId(id),
                        cookbook -> recipe.apply(cookbook, id)))
                .toList();
    }
}
