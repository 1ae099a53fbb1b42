package io.github.querycookbook.tour;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.RecipeCatalog;
import io.github.querycookbook.VanillaSqlCookbook;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Runs every recipe with jOOQ and with its twin, and prints both SQL texts, the result and whether they agree.
 * Exit status: 0 when every recipe agrees, 1 when one does not, 2 when the tour cannot run (bad arguments, URL,
 * credentials or server), with a one-line message instead of a stack trace.
 */
public final class Tour {

    static final int AGREED = 0;
    static final int DISAGREED = 1;
    static final int CANNOT_RUN = 2;

    /** Held so the level set on them is not lost to garbage collection of the loggers. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"));

    private final PrintStream out;

    Tour(PrintStream out) {
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
            DataSource dataSource = new UrlDataSource(options);
            SQLDialect dialect = connect(dataSource, options.url());
            CookbookSchema.migrate(dataSource);
            return new Tour(out).walk(DSL.using(dataSource, dialect), dataSource);
        } catch (IllegalArgumentException e) {
            err.println("tour: " + e.getMessage() + System.lineSeparator() + TourOptions.USAGE);
        } catch (RuntimeException e) {
            err.println("tour: " + e.getMessage());
        }
        return CANNOT_RUN;
    }

    private static SQLDialect connect(DataSource dataSource, String url) {
        try (Connection connection = dataSource.getConnection()) {
            return JDBCUtils.dialect(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url + ": " + e.getMessage().lines().findFirst()
                    .orElse(e.getClass().getSimpleName()), e);
        }
    }

    private int walk(DSLContext dsl, DataSource dataSource) {
        boolean loaded = DemoData.loadIfEmpty(CookbookDsl.prepare(dsl));
        out.println("jOOQ Query Cookbook tour on " + dsl.dialect().getName()
                + (loaded ? ", with the demo data" : ", with the data already there"));
        RecipeReport report = new RecipeReport(out, dsl.dialect());
        QueryCookbook jooq = new QueryCookbook(dsl);
        VanillaSqlCookbook twin = new VanillaSqlCookbook(dataSource);
        List<Recipe> recipes = RecipeCatalog.all();
        long agreed = recipes.stream().filter(recipe -> report.print(recipe, jooq, twin)).count();
        out.println();
        out.println(agreed == recipes.size()
                ? "✓ all " + agreed + " recipes: jOOQ and the SQL twin agree"
                : "✗ " + (recipes.size() - agreed) + " of " + recipes.size() + " recipes: jOOQ and the twin differ");
        return agreed == recipes.size() ? AGREED : DISAGREED;
    }
}
