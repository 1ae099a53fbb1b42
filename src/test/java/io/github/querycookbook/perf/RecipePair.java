package io.github.querycookbook.perf;

import io.github.querycookbook.Cookbook;
import java.util.SplittableRandom;

/**
 * One read recipe as the harness runs it: a call that takes the cookbook and a source of bind values, and how many
 * calls warm it up and measure it.
 *
 * @param name   the recipe's method name, as {@code --recipes} selects it
 * @param warmUp calls of each cookbook before measuring
 * @param pairs  measured calls of each cookbook, interleaved
 * @param call   one call of the recipe with values drawn from the random source
 */
record RecipePair(String name, int warmUp, int pairs, Call call) {

    /** One call; returns something derived from the answer, so that the JIT cannot drop the work. */
    @FunctionalInterface
    interface Call {
        int run(Cookbook cookbook, SplittableRandom values);
    }

    /** A point query: about 20,000 calls before jOOQ's code is compiled, per the warm-up curve. */
    static RecipePair point(String name, Call call) {
        return new RecipePair(name, 20_000, 5_000, call);
    }

    /** A query that returns or reads many rows: its rows warm the mapping code. */
    static RecipePair large(String name, int warmUp, int pairs, Call call) {
        return new RecipePair(name, warmUp, pairs, call);
    }

    /** The same recipe with its call counts multiplied by {@code factor} (at least one call each). */
    RecipePair scaled(double factor) {
        return new RecipePair(name, Math.max(1, (int) (warmUp * factor)), Math.max(1, (int) (pairs * factor)), call);
    }
}
