package io.github.querycookbook.catalog;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.vanilla.SqlFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jooq.conf.ParamType;

/**
 * Renders the recipe catalogue as Markdown: for each recipe its purpose and trade-offs (from the query method's
 * Javadoc), its jOOQ code (from the source), its twin SQL file, and the SQL jOOQ renders for every engine (from the
 * recipe's {@code ResultQuery}, without a database). Every recipe gets the same shape, however many there are.
 */
final class CatalogueWriter {

    static final String COMMAND = "./mvnw -q -Pcatalogue process-test-classes";

    private final Path projectRoot;

    CatalogueWriter(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    String render(List<Recipe> recipes) {
        StringBuilder md = new StringBuilder();
        md.append("# Recipe catalogue\n\n")
                .append("Generated from the code by `").append(COMMAND).append("`; do not edit by hand. ")
                .append("`CatalogueIsUpToDateTest` fails when this file differs from what the code renders.\n\n")
                .append("| recipe | purpose | plain-SQL twin |\n|---|---|---|\n");
        recipes.forEach(r -> md.append("| [`").append(r.name()).append("`](#").append(r.name().toLowerCase(Locale.ROOT))
                .append(") | ").append(r.purpose()).append(" | [`sql/").append(r.twinFile()).append("`](../sql/")
                .append(r.twinFile()).append(") |\n"));
        recipes.forEach(r -> section(md, r));
        return md.toString();
    }

    private void section(StringBuilder md, Recipe recipe) {
        JavaSource source = JavaSource.of(projectRoot.resolve("src/main/java"), recipe.queryClass());
        String sourceLink = "../" + projectRoot.relativize(source.path()).toString().replace('\\', '/');
        md.append("\n## ").append(recipe.name()).append("\n\n")
                .append(source.javadocProse(recipe.queryMethod())).append("\n\n")
                .append("### jOOQ\n\n")
                .append("[`").append(recipe.queryClass().getSimpleName()).append('.').append(recipe.queryMethod())
                .append("`](").append(sourceLink).append("):\n\n")
                .append("```java\n").append(source.method(recipe.queryMethod())).append("\n```\n\n")
                .append("### Plain-SQL twin\n\n")
                .append("[`sql/").append(recipe.twinFile()).append("`](../sql/").append(recipe.twinFile())
                .append("):\n\n```sql\n").append(SqlFile.load(recipe.twinFile()).text().strip()).append("\n```\n\n")
                .append("### SQL rendered by jOOQ").append(example(recipe)).append("\n");
        for (Engine engine : Engine.values()) {
            String sql = recipe.query().apply(CookbookDsl.detachedFormatted(engine.dialect())).getSQL(ParamType.NAMED);
            md.append("\n").append(engine).append(":\n\n```sql\n").append(sql.strip()).append("\n```\n");
        }
    }

    private static String example(Recipe recipe) {
        return recipe.example().isEmpty() ? "" : " (example: " + recipe.example() + ")";
    }
}
