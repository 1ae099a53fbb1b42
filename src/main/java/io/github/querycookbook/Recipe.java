package io.github.querycookbook;

import java.util.Objects;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * One entry of the recipe catalogue, with example arguments: what the tour runs and the generated catalogue shows.
 *
 * @param name        the {@link Cookbook} method, for example {@code likersOfPostsBy}
 * @param purpose     one line saying what it answers
 * @param twinFile    its plain-SQL twin under {@code sql/}
 * @param queryClass  the class whose method builds the jOOQ query
 * @param queryMethod that method's name, so tools can show its source
 * @param example     the example arguments in words, empty when there are none
 * @param query       builds the query with the example arguments, for running or for rendering without a database
 * @param run         calls the recipe with the example arguments
 */
public record Recipe(String name, String purpose, String twinFile, Class<?> queryClass, String queryMethod,
        String example, Function<DSLContext, ResultQuery<?>> query, Function<Cookbook, ?> run) {

    public Recipe {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(twinFile, "twinFile");
        Objects.requireNonNull(queryClass, "queryClass");
        Objects.requireNonNull(queryMethod, "queryMethod");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(run, "run");
    }
}
