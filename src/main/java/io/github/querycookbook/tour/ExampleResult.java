package io.github.querycookbook.tour;

import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.time.temporal.Temporal;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;

/**
 * What one example call of a recipe gives with jOOQ, as a reader sees it: the rows of the recipe's query as jOOQ's
 * {@link Result#format() text table}, headed by the SQL column names, or the exception the call threw. For a write,
 * it is what the call returned, as {@link Returned} shows it.
 *
 * @param call    the call, for example {@code getPost(postId = 404)}
 * @param text    the table, or {@code NotFoundException: No row in table posts with id 404}
 * @param inUtc   whether the table holds times, which are UTC wall-clock times
 * @param outcome what the call returned or threw, to compare with the twin's
 */
public record ExampleResult(String call, String text, boolean inUtc, Outcome outcome) {

    /** Longer results show their first rows and say how many more there are. */
    static final int SHOWN_ROWS = 10;

    /**
     * Calls the example through {@link QueryCookbook} on {@code dsl} and, unless it throws, runs its query. A write
     * runs in a transaction that is rolled back (see {@link RolledBack}), and shows what the call returned.
     */
    public static ExampleResult of(Recipe recipe, Example example, DSLContext dsl) {
        if (recipe.writes()) {
            Outcome outcome = RolledBack.run(dsl, ctx -> Outcome.of(() -> example.run().apply(new QueryCookbook(ctx))));
            return new ExampleResult(example.call(recipe),
                    outcome.failed() ? outcome.failure() : Returned.text(outcome.value()), false, outcome);
        }
        Outcome outcome = Outcome.of(() -> example.run().apply(new QueryCookbook(dsl)));
        if (outcome.failed()) {
            return new ExampleResult(example.call(recipe), outcome.failure(), false, outcome);
        }
        Result<?> rows = ((ResultQuery<?>) example.query().apply(dsl)).fetch();
        boolean inUtc = Arrays.stream(rows.fields()).anyMatch(f -> Temporal.class.isAssignableFrom(f.getType()));
        return new ExampleResult(example.call(recipe), table(rows, dsl), inUtc, outcome);
    }

    private static String table(Result<?> rows, DSLContext dsl) {
        if (rows.size() <= SHOWN_ROWS) {
            return rows.format();
        }
        Result<Record> shown = dsl.newResult(rows.fields());
        shown.addAll(rows.subList(0, SHOWN_ROWS));
        int more = rows.size() - SHOWN_ROWS;
        return shown.format().stripTrailing() + System.lineSeparator() + "… and " + more + (more == 1 ? " more row" : " more rows");
    }

    /** The call, saying when the times it shows are UTC: {@code getPost(postId = 1), times in UTC}. */
    public String heading() {
        return call + (inUtc ? ", times in UTC" : "");
    }
}
