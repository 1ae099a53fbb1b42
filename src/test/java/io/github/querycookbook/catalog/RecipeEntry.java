package io.github.querycookbook.catalog;

import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import io.github.querycookbook.tour.ExampleResult;
import io.github.querycookbook.tour.JavaSource;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.vanilla.SqlFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * One recipe's section of the catalogue, in the tour's order: what it answers and its trade-offs (the query method's
 * Javadoc), its jOOQ code (the {@code QueryCookbook} method, then the query it runs), the SQL per engine, the twin,
 * and each example's result on the demo data.
 */
final class RecipeEntry {

    private final Recipe recipe;
    private final DSLContext demo;

    /** @param demo a database holding the tour's demo data, on which the examples run */
    RecipeEntry(Recipe recipe, DSLContext demo) {
        this.recipe = recipe;
        this.demo = demo;
    }

    void appendTo(StringBuilder md) {
        JavaSource cookbook = JavaSource.of(QueryCookbook.class);
        JavaSource queries = JavaSource.of(recipe.queryClass());
        md.append("### ").append(recipe.name()).append("\n\n")
                .append("*").append(recipe.purpose()).append("*\n\n")
                .append(Javadoc.toMarkdown(queries.javadoc(recipe.queryMethod()))).append("\n\n")
                .append("#### jOOQ\n\n");
        code(md, cookbook, recipe.name(), "is the recipe, which picks the fetch mode and the mapping");
        code(md, queries, recipe.queryMethod(), "builds the query it runs");
        md.append("#### SQL rendered by jOOQ\n\n");
        new EngineSql(recipe).appendTo(md);
        md.append("#### Plain-SQL twin\n\n");
        twins(md);
        md.append(recipe.writes()
                ? "#### What it returns on the demo data\n\nEach call runs in a transaction that is rolled back"
                        + " afterwards, so every example starts from the demo data. Times the database sets at the"
                        + " call show as `now`.\n\n"
                : "#### Result on the demo data\n\n");
        for (Example example : recipe.examples()) {
            ExampleResult result = ExampleResult.of(recipe, example, demo);
            md.append("`").append(result.call()).append("`").append(result.inUtc() ? ", times in UTC" : "")
                    .append(":\n\n```text\n").append(result.text().strip()).append("\n```\n\n");
        }
    }

    /** The twin file, or each engine's variant where one has a vendor file, with the engines that run it. */
    private void twins(StringBuilder md) {
        Map<String, List<Engine>> enginesByFile = new LinkedHashMap<>();
        for (Engine engine : Engine.DIALECTS) {
            String file = SqlFile.load(recipe.twinFile(), SqlFile.vendorFolder(engine.dialect())).name();
            enginesByFile.computeIfAbsent(file, key -> new ArrayList<>()).add(engine);
        }
        enginesByFile.forEach((file, engines) -> md.append("[`sql/").append(file).append("`](../sql/").append(file)
                .append(")").append(enginesByFile.size() == 1 ? "" : ", on " + EngineSql.names(engines))
                .append(":\n\n```sql\n").append(SqlFile.load(file).text().strip()).append("\n```\n\n"));
    }

    private static void code(StringBuilder md, JavaSource source, String method, String whatItDoes) {
        md.append("[`").append(source.className()).append('.').append(method).append("`](../")
                .append(source.projectPath()).append(") ").append(whatItDoes).append(":\n\n")
                .append("```java\n").append(source.method(method)).append("\n```\n\n");
    }
}
