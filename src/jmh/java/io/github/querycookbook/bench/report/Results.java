package io.github.querycookbook.bench.report;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** A run's results, looked up by engine, size, recipe and variant, in the order the report shows them. */
public final class Results {

    private static final List<String> ENGINES = List.of("h2", "postgres", "mariadb");

    private final List<Result> all;

    public Results(List<Result> all) {
        this.all = List.copyOf(all);
    }

    public List<Result> all() {
        return all;
    }

    public Optional<Result> find(String engine, int likes, String recipe, String variant) {
        return all.stream()
                .filter(r -> r.engine().equals(engine) && r.likes() == likes && r.recipe().equals(recipe)
                        && r.variant().equals(variant))
                .findFirst();
    }

    /** The median in µs, or NaN when the run has no such benchmark. */
    public double median(String engine, int likes, String recipe, String variant) {
        return find(engine, likes, recipe, variant).map(Result::medianUs).orElse(Double.NaN);
    }

    /** The engines of the run, H2, PostgreSQL, MariaDB first. */
    public List<String> engines() {
        return all.stream().map(Result::engine).distinct()
                .sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
    }

    public List<Integer> sizes() {
        return List.copyOf(new TreeSet<>(all.stream().map(Result::likes).toList()));
    }

    public List<Integer> sizes(String engine) {
        return List.copyOf(new TreeSet<>(all.stream().filter(r -> r.engine().equals(engine))
                .map(Result::likes).toList()));
    }

    /** The recipes measured through jOOQ and JDBC, in the order of the run. */
    public List<String> recipes() {
        return all.stream().filter(r -> r.variant().equals("jooq")).map(Result::recipe).distinct().toList();
    }

    private static int rank(String engine) {
        int index = ENGINES.indexOf(engine);
        return index < 0 ? ENGINES.size() : index;
    }
}
