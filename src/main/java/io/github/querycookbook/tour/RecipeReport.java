package io.github.querycookbook.tour;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import io.github.querycookbook.VanillaSqlCookbook;
import io.github.querycookbook.vanilla.SqlFile;
import java.io.PrintStream;
import org.jooq.DSLContext;
import org.jooq.conf.ParamType;

/** Prints one recipe of the tour: its jOOQ code, the SQL jOOQ renders, the twin, each example's result, a verdict. */
final class RecipeReport {

    private final PrintStream out;
    private final DSLContext dsl;
    private final DSLContext renderer;

    RecipeReport(PrintStream out, DSLContext dsl) {
        this.out = out;
        this.dsl = dsl;
        this.renderer = CookbookDsl.detachedFormatted(dsl.dialect());
    }

    /** Prints the recipe and returns whether jOOQ and the twin agreed on every example. */
    boolean print(Recipe recipe, VanillaSqlCookbook twin) {
        out.println();
        out.println("== " + recipe.name() + ": " + recipe.purpose());
        String queryMethod = recipe.queryClass().getSimpleName() + "." + recipe.queryMethod();
        out.println("-- jOOQ: QueryCookbook." + recipe.name() + " runs " + queryMethod);
        indent(JavaSource.of(QueryCookbook.class).method(recipe.name()));
        out.println();
        indent(JavaSource.of(recipe.queryClass()).method(recipe.queryMethod()));
        out.println("-- the SQL jOOQ renders for " + dsl.dialect().getName() + ":");
        indent(recipe.query(renderer).getSQL(ParamType.NAMED));
        SqlFile twinFile = SqlFile.load(recipe.twinFile(), SqlFile.vendorFolder(dsl.dialect()));
        out.println("-- the twin, sql/" + twinFile.name() + ":");
        indent(twinFile.statement());
        boolean agreed = true;
        for (Example example : recipe.examples()) {
            agreed &= printExample(recipe, example, twin);
        }
        if (agreed) {
            out.println("✓ jOOQ and the twin agree");
        }
        return agreed;
    }

    private boolean printExample(Recipe recipe, Example example, VanillaSqlCookbook twin) {
        ExampleResult result = ExampleResult.of(recipe, example, dsl);
        out.println("-- " + result.heading() + ":");
        indent(result.text());
        if (recipe.writes()) {
            // the twin on the rolled-back connection: on a connection of its own, its writes would commit
            Outcome fromTwin = RolledBack.run(dsl, ctx -> ctx.connectionResult(connection -> Outcome.of(
                    () -> example.run().apply(new VanillaSqlCookbook(RolledBack.dataSourceOf(connection))))));
            if (sameWrite(result.outcome(), fromTwin)) {
                return true;
            }
            return differ(fromTwin.failed() ? fromTwin.failure() : Returned.text(fromTwin.value()));
        }
        Outcome fromTwin = Outcome.of(() -> example.run().apply(twin));
        if (result.outcome().equals(fromTwin)) {
            return true;
        }
        return differ(fromTwin.failed() ? fromTwin.failure() : String.valueOf(fromTwin.value()));
    }

    /** Two runs of a write agree when they failed alike, or returned the same apart from generated values. */
    private static boolean sameWrite(Outcome jooq, Outcome twin) {
        return jooq.failed() || twin.failed() ? jooq.equals(twin)
                : Returned.withoutGeneratedValues(jooq.value()).equals(Returned.withoutGeneratedValues(twin.value()));
    }

    private boolean differ(String twinGave) {
        out.println("✗ jOOQ and the twin differ; the twin gave:");
        indent(twinGave);
        return false;
    }

    private void indent(String text) {
        text.lines().forEach(line -> out.println("   " + line));
    }
}
