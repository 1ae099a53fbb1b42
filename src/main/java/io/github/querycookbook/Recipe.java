package io.github.querycookbook;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Select;

/**
 * One entry of the recipe catalogue: what the tour runs and the generated catalogue shows. The tour and the catalogue
 * read the jOOQ code of the {@link QueryCookbook} method called {@code name} and of {@code queryClass.queryMethod}
 * from the sources, which the jar ships beside the classes.
 *
 * @param name        the {@link Cookbook} method, for example {@code likersOfPostsBy}
 * @param purpose     one line saying what it answers
 * @param twinFile    its plain-SQL twin under {@code sql/}
 * @param queryClass  the class whose method builds the jOOQ query
 * @param queryMethod that method's name
 * @param examples    calls to show, at least one; the first one's query is the one rendered as SQL
 */
public record Recipe(String name, String purpose, String twinFile, Class<?> queryClass, String queryMethod,
        List<Example> examples) {

    public Recipe {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(twinFile, "twinFile");
        Objects.requireNonNull(queryClass, "queryClass");
        Objects.requireNonNull(queryMethod, "queryMethod");
        examples = List.copyOf(examples);
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("Recipe " + name + " needs at least one example");
        }
    }

    /** Builds the first example's query: the one the tour and the catalogue render as SQL. */
    public Query query(DSLContext dsl) {
        return examples.get(0).query().apply(dsl);
    }

    /**
     * Whether the recipe changes data: its query is an {@code insert}, {@code update} or {@code delete} rather than a
     * {@code select}. The tour and the catalogue run a write's examples in a transaction that they roll back, and
     * show what the call returned instead of running its query a second time.
     */
    public boolean writes() {
        return !(query(CookbookDsl.detached(SQLDialect.DEFAULT)) instanceof Select<?>);
    }

    /**
     * One call of a recipe with example arguments.
     *
     * @param arguments the arguments in words, for example {@code postId = 404}; empty when there are none
     * @param query     builds the recipe's query with these arguments, to render without a database, or to run again
     *                  when it is a {@code select}
     * @param run       calls the recipe with these arguments
     */
    public record Example(String arguments, Function<DSLContext, ? extends Query> query, Function<Cookbook, ?> run) {

        public Example {
            Objects.requireNonNull(arguments, "arguments");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(run, "run");
        }

        /** The call as a reader would write it, for example {@code getPost(postId = 404)}. */
        public String call(Recipe recipe) {
            return recipe.name() + "(" + arguments + ")";
        }
    }
}
