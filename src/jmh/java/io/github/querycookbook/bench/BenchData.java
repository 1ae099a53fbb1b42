package io.github.querycookbook.bench;

import io.github.querycookbook.generator.DataGenerator;
import io.github.querycookbook.generator.DataSpec;
import io.github.querycookbook.generator.LoadReport;
import javax.sql.DataSource;

/**
 * The benchmarks' data set for a number of likes: the project's {@link DataGenerator} with a fixed seed, in the
 * proportions of {@link Shape}. The generator gives Zipf-like popularity, skewed authors and likers, and post times
 * with ties; {@link LoadedData} reads back the usernames and times it chose, for the bind values.
 */
public final class BenchData {

    /** Fixed, so that every run and engine measures the same rows. */
    static final long SEED = 1;

    private BenchData() {
    }

    /** How many users and posts go with {@code likes} likes. */
    public record Shape(int users, int posts, int likes) {

        public static Shape of(int likes) {
            return new Shape(Math.max(20, likes / 20), Math.max(10, likes / 10), likes);
        }
    }

    /** Migrates and writes the data set for {@code likes} into the empty cookbook tables behind {@code dataSource}. */
    public static LoadReport load(DataSource dataSource, int likes) {
        Shape shape = Shape.of(likes);
        return new DataGenerator(new DataSpec(shape.users(), shape.posts(), likes, SEED)).load(dataSource);
    }
}
