package io.github.querycookbook.joins;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.util.List;

/** The join recipes as catalogue entries, with example arguments that fit the tour's demo data. */
public final class JoinRecipes {

    private static final long ANN = 1;
    private static final long BOB = 2;
    private static final long HELLO_POST = 1;
    private static final long UNLIKED_POST = 4;

    private JoinRecipes() {
    }

    public static Recipe postsWithAuthor() {
        return new Recipe("postsWithAuthor", "Every post with its author's username (implicit to-one path join).",
                "posts_with_author.sql", JoinQueries.class, "postsWithAuthor", List.of(
                new Example("", dsl -> new JoinQueries(dsl).postsWithAuthor(), Cookbook::postsWithAuthor)));
    }

    public static Recipe likersOf() {
        return new Recipe("likersOf", "The usernames of a post's likers (many-to-many path join).",
                "likers_of.sql", JoinQueries.class, "likersOf", List.of(
                new Example("postId = " + HELLO_POST, dsl -> new JoinQueries(dsl).likersOf(HELLO_POST),
                        cookbook -> cookbook.likersOf(HELLO_POST)),
                new Example("postId = " + UNLIKED_POST, dsl -> new JoinQueries(dsl).likersOf(UNLIKED_POST),
                        cookbook -> cookbook.likersOf(UNLIKED_POST))));
    }

    public static Recipe postsWithoutLikes() {
        return new Recipe("postsWithoutLikes", "The posts nobody liked (anti-join with NOT EXISTS).",
                "posts_without_likes.sql", JoinQueries.class, "postsWithoutLikes", List.of(
                new Example("", dsl -> new JoinQueries(dsl).postsWithoutLikes(), Cookbook::postsWithoutLikes)));
    }

    public static Recipe hasLiked() {
        return new Recipe("hasLiked", "Whether a user liked a post (fetchExists).",
                "has_liked.sql", JoinQueries.class, "like", List.of(
                new Example("userId = " + BOB + ", postId = " + HELLO_POST,
                        dsl -> new JoinQueries(dsl).like(BOB, HELLO_POST), cookbook -> cookbook.hasLiked(BOB, HELLO_POST)),
                new Example("userId = " + ANN + ", postId = " + UNLIKED_POST,
                        dsl -> new JoinQueries(dsl).like(ANN, UNLIKED_POST),
                        cookbook -> cookbook.hasLiked(ANN, UNLIKED_POST))));
    }
}
