package io.github.querycookbook.users;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** The user-reading recipes as catalogue entries, with example arguments that fit the tour's demo data. */
public final class UserRecipes {

    private static final String USERNAME = "🐱cat";
    /** Differs from a demo user only by case: an exact comparison does not find it. */
    private static final String MISSING_USERNAME = "Ann";

    private UserRecipes() {
    }

    public static Recipe findUserByUsername() {
        return new Recipe("findUserByUsername",
                "The user with exactly this name, or an empty Optional (one_or_none()).", "find_user_by_username.sql",
                UserQueries.class, "byUsername", foundAndMissing(Cookbook::findUserByUsername));
    }

    public static Recipe getUserByUsername() {
        return new Recipe("getUserByUsername", "The user with exactly this name, or NotFoundException for a 404 "
                + "(one_or_404()).", "find_user_by_username.sql", UserQueries.class, "byUsername", foundAndMissing(
                        Cookbook::getUserByUsername));
    }

    /** Both paths of a fetch by username: a user that exists, and a name that differs only by case. */
    private static List<Example> foundAndMissing(BiFunction<Cookbook, String, ?> recipe) {
        return Stream.of(USERNAME, MISSING_USERNAME)
                .map(name -> new Example("username = \"" + name + "\"", dsl -> new UserQueries(dsl).byUsername(name),
                        cookbook -> recipe.apply(cookbook, name)))
                .toList();
    }
}
