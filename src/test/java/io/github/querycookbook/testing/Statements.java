package io.github.querycookbook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.QueryCookbook;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jooq.ExecuteListener;

/** Counts the statements a recipe runs, with a jOOQ listener on the caller's context. */
public final class Statements {

    private Statements() {
    }

    /**
     * How many statements jOOQ started while the recipe ran on a {@link QueryCookbook} over {@code db.dsl()} with a
     * counting listener; each one started must also have been executed.
     */
    public static int runBy(TestDatabase db, Function<Cookbook, ?> recipe) {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger executed = new AtomicInteger();
        ExecuteListener counter = ExecuteListener.onStart(ctx -> started.incrementAndGet())
                .onExecuteStart(ctx -> executed.incrementAndGet());
        recipe.apply(new QueryCookbook(db.dsl().configuration().deriveAppending(counter).dsl()));
        assertThat(executed.get()).as("statements executed").isEqualTo(started.get());
        return started.get();
    }
}
