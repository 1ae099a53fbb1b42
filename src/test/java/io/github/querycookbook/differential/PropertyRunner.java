package io.github.querycookbook.differential;

import java.util.SplittableRandom;

/**
 * A small property runner: seeded tries and greedy shrinking. Each try draws its {@link Sample}, a dataset and the
 * questions to ask about it, from a {@link SplittableRandom} seeded by the run's base seed and the try's number, so
 * one try can be replayed alone. The base seed is random per run, or {@code -Dcookbook.seed} to replay a run, and
 * {@code -Dcookbook.try} runs a single try. The first try that fails is handed to the {@link Shrinker}, and the test
 * fails with the smallest sample that still fails, its failure, and how to replay it.
 */
final class PropertyRunner {

    static final String SEED_PROPERTY = "cookbook.seed";
    static final String TRY_PROPERTY = "cookbook.try";

    private static final long BASE_SEED = baseSeed();

    private PropertyRunner() {
    }

    /** What a property checks on one sample: it returns when the sample satisfies it, and throws otherwise. */
    @FunctionalInterface
    interface Property {
        void check(Sample sample) throws Exception;
    }

    /** One try's input: the database content and the recipes' arguments. */
    record Sample(Dataset data, Questions questions) {
    }

    /** Checks {@code property} on {@code tries} samples, and fails with the first failing one, shrunk. */
    static void forAll(String name, int tries, Property property) {
        Integer only = Integer.getInteger(TRY_PROPERTY);
        for (int tryNumber = 1; tryNumber <= tries; tryNumber++) {
            if (only != null && only != tryNumber) {
                continue;
            }
            Sample sample = sample(tryNumber);
            Throwable failure = failure(property, sample);
            if (failure != null) {
                throw report(name, tryNumber, tries, Shrinker.shrink(sample, failure, property));
            }
        }
    }

    /** The sample of try {@code tryNumber} of this run: the same for every property, and for a replay. */
    static Sample sample(int tryNumber) {
        long trySeed = new SplittableRandom(BASE_SEED ^ (tryNumber * 0x9E3779B97F4A7C15L)).nextLong();
        Generators generate = new Generators(new SplittableRandom(trySeed));
        return new Sample(generate.dataset(), generate.questions());
    }

    /** How {@code property} fails on {@code sample}, or {@code null} when it holds. */
    static Throwable failure(Property property, Sample sample) {
        try {
            property.check(sample);
            return null;
        } catch (Exception | AssertionError e) {
            return e;
        }
    }

    private static AssertionError report(String name, int tryNumber, int tries, Shrinker.Result shrunk) {
        Sample sample = shrunk.sample();
        String message = String.format("%s failed on try %d of %d, base seed %d.%n"
                        + "Replay: ./mvnw test -Dtest=RandomDifferentialTest -D%s=%d -D%s=%d%n"
                        + "Shrunk in %d steps (%s) from %s to %s:%n  users: %s%n  posts: %s%n  likes: %s%n"
                        + "  questions: %s%nFailure: %s%nOriginal failure: %s",
                name, tryNumber, tries, BASE_SEED, SEED_PROPERTY, BASE_SEED, TRY_PROPERTY, tryNumber,
                shrunk.steps(), shrunk.outOfTime() ? "out of time, not minimal" : "minimal",
                size(shrunk.original()), size(sample), sample.data().users(), sample.data().posts(),
                sample.data().likes(), sample.questions(), shrunk.failure(), shrunk.originalFailure());
        return new AssertionError(message, shrunk.failure());
    }

    private static String size(Sample sample) {
        Dataset data = sample.data();
        return data.users().size() + " users, " + data.posts().size() + " posts, " + data.likes().size() + " likes";
    }

    private static long baseSeed() {
        Long replayed = Long.getLong(SEED_PROPERTY);
        long seed = replayed != null ? replayed : new SplittableRandom().nextLong();
        System.err.println("[jooq-query-cookbook] random differential tests: base seed " + seed
                + (replayed != null ? " (replayed)" : " (replay with -D" + SEED_PROPERTY + "=" + seed + ")"));
        return seed;
    }
}
