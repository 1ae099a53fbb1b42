package io.github.querycookbook.catalog;

import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import io.github.querycookbook.tour.ExampleResult;
import io.github.querycookbook.tour.JavaSource;
import io.github.querycookbook.vanilla.SqlFile;
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
        md.append("#### Plain-SQL twin\n\n")
                .append("[`sql/").append(recipe.twinFile()).append("`](../sql/").append(recipe.twinFile())
                .append("):\n\n```sql\n").append(SqlFile.load(recipe.twinFile()).text().strip()).append("\n```\n\n")
                .append("#### Result on the demo data\n\n");
        for (Example example : recipe.examples()) {
            ExampleResult result = ExampleResult.of(recipe, example, demo);
            md.append("`").append(result.call()).append("`").append(result.inUtc() ? ", times in UTC" : "")
                    .append(":\n\n```text\n").append(result.text().strip()).append("\n```\n\n");
        }
    }

    private static void code(StringBuilder md, JavaSource source, String method, String whatItDoes) {
        md.append("[`").append(source.className()).append('.').append(method).append("`](../")
                .append(source.projectPath()).append(") ").append(whatItDoes).append(":\n\n")
                .append("```java\n").append(source.method(method)).append("\n```\n\n");
    }
}
