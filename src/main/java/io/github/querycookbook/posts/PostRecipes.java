package io.github.querycookbook.posts;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.Recipe;
import java.util.List;

/** The post-reading recipes as catalogue entries, with example arguments. */
public final class PostRecipes {

    static final long EXAMPLE_AUTHOR_ID = 1;
    static final long EXAMPLE_POST_ID = 1;
    static final long EXAMPLE_MISSING_POST_ID = 404;

    private PostRecipes() {
    }

    public static List<Recipe> all() {
        return List.of(
                new Recipe("postsNewestFirst", "Every post, newest first; ties broken by id.",
                        "posts_newest_first.sql", PostQueries.class, "newestFirst", "",
                        dsl -> new PostQueries(dsl).newestFirst(), Cookbook::postsNewestFirst),
                new Recipe("postsBy", "One author's posts, newest first.",
                        "posts_by.sql", PostQueries.class, "byAuthor", "authorId = " + EXAMPLE_AUTHOR_ID,
                        dsl -> new PostQueries(dsl).byAuthor(EXAMPLE_AUTHOR_ID),
                        cookbook -> cookbook.postsBy(EXAMPLE_AUTHOR_ID)),
                new Recipe("findPost", "The post with an id, or an empty Optional (first()).",
                        "find_post.sql", PostQueries.class, "byId", "postId = " + EXAMPLE_POST_ID,
                        dsl -> new PostQueries(dsl).byId(EXAMPLE_POST_ID),
                        cookbook -> cookbook.findPost(EXAMPLE_POST_ID)),
                new Recipe("getPost", "The post with an id, or NotFoundException for a 404 (first_or_404()).",
                        "find_post.sql", PostQueries.class, "byId", "postId = " + EXAMPLE_MISSING_POST_ID,
                        dsl -> new PostQueries(dsl).byId(EXAMPLE_MISSING_POST_ID),
                        cookbook -> cookbook.getPost(EXAMPLE_MISSING_POST_ID)));
    }
}
