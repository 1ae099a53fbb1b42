package io.github.querycookbook.tour;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.vanilla.SqlFile;
import java.io.PrintStream;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;

/** Prints one recipe of the tour: name and purpose, both SQL texts, the result, and the verdict. */
final class RecipeReport {

    private final PrintStream out;
    private final DSLContext renderer;

    RecipeReport(PrintStream out, SQLDialect dialect) {
        this.out = out;
        this.renderer = CookbookDsl.detachedFormatted(dialect);
    }

    /** Prints the recipe and returns whether jOOQ and the twin agreed. */
    boolean print(Recipe recipe, Cookbook jooq, Cookbook twin) {
        ResultQuery<?> query = recipe.query().apply(renderer);
        out.println();
        out.println("== " + recipe.name() + (recipe.example().isEmpty() ? "" : " (" + recipe.example() + ")"));
        out.println(recipe.purpose());
        out.println("-- jOOQ renders:");
        indent(query.getSQL(ParamType.NAMED));
        out.println("-- twin sql/" + recipe.twinFile() + ":");
        indent(SqlFile.load(recipe.twinFile()).statement());
        Outcome fromJooq = Outcome.of(() -> recipe.run().apply(jooq));
        Outcome fromTwin = Outcome.of(() -> recipe.run().apply(twin));
        out.println("-- result:");
        if (fromJooq.failed()) {
            indent(fromJooq.failure());
        } else {
            ResultTable.render(fromJooq.value(), query.fields()[0].getName()).forEach(line -> indent(line));
        }
        boolean agreed = fromJooq.equals(fromTwin);
        out.println(agreed ? "✓ jOOQ and the twin agree" : "✗ jOOQ and the twin differ; the twin gave:");
        if (!agreed) {
            indent(fromTwin.failed() ? fromTwin.failure() : String.valueOf(fromTwin.value()));
        }
        return agreed;
    }

    private void indent(String text) {
        text.lines().forEach(line -> out.println("   " + line));
    }
}
