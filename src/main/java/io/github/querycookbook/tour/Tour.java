package io.github.querycookbook.tour;

import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.RecipeCatalog;
import io.github.querycookbook.Topic;
import io.github.querycookbook.VanillaSqlCookbook;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.CloseableDSLContext;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.SingleConnectionDataSource;

/**
 * Runs every recipe with jOOQ and with its twin, and prints its code, both SQL texts, the result and whether they
 * agree. Exit status: 0 when every recipe agrees, 1 when one does not, 2 when the tour cannot run (bad arguments, URL,
 * credentials or server, or tables in the way), with a one-line message instead of a stack trace.
 */
public final class Tour {

    static final int AGREED = 0;
    static final int DISAGREED = 1;
    static final int CANNOT_RUN = 2;

    /** Held so the level set on them is not lost to garbage collection of the loggers. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"));

    private final PrintStream out;

    private Tour(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        System.exit(run(System.out, System.err, args));
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        try {
            TourOptions options = TourOptions.parse(args);
            if (options.help()) {
                out.println(TourOptions.HELP);
                return AGREED;
            }
            try (CloseableDSLContext dsl = connect(options)) {
                // One connection serves jOOQ, Flyway and the twins; jOOQ's wrapper keeps Flyway from closing it.
                DataSource dataSource = dsl.connectionResult(SingleConnectionDataSource::new);
                return new Tour(out).walk(dsl, dataSource);
            }
        } catch (IllegalArgumentException e) {
            err.println("tour: " + e.getMessage() + System.lineSeparator() + TourOptions.USAGE);
        } catch (RuntimeException e) {
            err.println("tour: " + e.getMessage());
        }
        return CANNOT_RUN;
    }

    /** Opens the URL with jOOQ, which also reads the dialect from the connection. */
    private static CloseableDSLContext connect(TourOptions options) {
        try {
            return DSL.using(options.url(), options.user(), options.password());
        } catch (DataAccessException e) {
            Throwable cause = e.getCause() instanceof SQLException ? e.getCause() : e;
            throw new IllegalStateException("cannot connect to " + options.url() + ": " + String.valueOf(
                    cause.getMessage()).lines().findFirst().orElse(cause.getClass().getSimpleName()), e);
        }
    }

    private int walk(DSLContext dsl, DataSource dataSource) {
        MigrateResult migration = CookbookSchema.migrate(dataSource);
        boolean loaded = DemoData.loadIfEmpty(dsl);
        out.println("jOOQ Query Cookbook tour on " + dsl.dialect().getName() + " (SQLDialect." + dsl.dialect() + ")");
        out.println(migration.migrationsExecuted > 0
                ? "Created the tables " + String.join(", ", CookbookSchema.TABLES) + " and "
                        + CookbookSchema.HISTORY_TABLE + "."
                : "The tables " + String.join(", ", CookbookSchema.TABLES) + " were already there.");
        out.println(loaded ? "Loaded the demo data." : "Kept the data there; the demo data goes only into empty tables.");
        RecipeReport report = new RecipeReport(out, dsl);
        VanillaSqlCookbook twin = new VanillaSqlCookbook(dataSource);
        List<Recipe> recipes = RecipeCatalog.all();
        long agreed = 0;
        for (Topic topic : RecipeCatalog.topics()) {
            out.println();
            out.println("=== " + topic.title() + ": " + topic.summary());
            agreed += topic.recipes().stream().filter(recipe -> report.print(recipe, twin)).count();
        }
        if (recipes.stream().anyMatch(Recipe::writes)) {
            out.println();
            out.println("Rolled back every write: the tables hold what they held before.");
        }
        out.println();
        out.println(agreed == recipes.size()
                ? "✓ all " + agreed + " recipes: jOOQ and the SQL twin agree"
                : "✗ " + (recipes.size() - agreed) + " of " + recipes.size() + " recipes: jOOQ and the twin differ");
        return agreed == recipes.size() ? AGREED : DISAGREED;
    }
}
