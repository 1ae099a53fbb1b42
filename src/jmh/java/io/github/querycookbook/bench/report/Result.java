package io.github.querycookbook.bench.report;

/**
 * One benchmark's figures: the median and mean time per call in microseconds, JMH's sample count, and the bytes
 * allocated per call (NaN when the run had no {@code -prof gc}).
 *
 * @param recipe  a {@code Cookbook} method, or {@link #NESTED_100} for the 100-parent comparison
 * @param variant jooq, jdbc or hibernate; for {@link #NESTED_100} multiset, join, hibernate, nPlusOneJooq or
 *                nPlusOneJdbc
 */
public record Result(String engine, int likes, String recipe, String variant, double medianUs, double meanUs,
                     long samples, double allocBytes) {

    /** The recipe name of {@code NestedBench}'s rows. */
    public static final String NESTED_100 = "postsWithLikers@100";

    /** The CSV header of {@link #csv()}. */
    public static final String HEADER = "engine,likes,recipe,variant,median_us,mean_us,samples,alloc_bytes_per_op";

    public String csv() {
        return String.join(",", engine, Integer.toString(likes), recipe, variant, number(medianUs), number(meanUs),
                Long.toString(samples), Double.isNaN(allocBytes) ? "" : number(allocBytes));
    }

    /** Reads a line written by {@link #csv()}. */
    public static Result parse(String line) {
        String[] f = line.split(",", -1);
        return new Result(f[0], Integer.parseInt(f[1]), f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                Long.parseLong(f[6]), f[7].isEmpty() ? Double.NaN : Double.parseDouble(f[7]));
    }

    private static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
