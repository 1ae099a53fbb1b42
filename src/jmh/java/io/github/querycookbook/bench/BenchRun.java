package io.github.querycookbook.bench;

import io.github.querycookbook.bench.report.BenchReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one command behind {@code ./mvnw -Pbenchmarks verify}: one JVM per engine, data size and kind of benchmark
 * (index-driven recipes, whole-table recipes, the nested comparison) runs the JMH suite, so each loads its data once
 * and keeps its own JIT profile; then one more JVM draws the warm-up curve, then {@link BenchReport} writes the report.
 * System properties: {@code bench.engines}, {@code bench.likes}, {@code bench.recipes} (a regex over recipe names),
 * {@code bench.mode} ({@code quick}: in-JVM trials, 0.8 s warm-up and 2 × 0.4 s measurement, for the whole-table
 * recipes 3 × 0.3 s of each, at least one call per iteration, and 3 × 1 s warm-up for the nested comparison;
 * {@code full}: a fork per trial, 5 × 2 s warm-up and 5 × 2 s measurement), {@code bench.jmh}, {@code bench.jmhWhole}
 * and {@code bench.jmhNested} (JMH options that replace the mode's), {@code bench.reportOnly=true} (rewrite the
 * report from the last run's CSVs), {@code bench.warmupCurve=false} (no warm-up curve), {@code jmh.ignoreLock=true}
 * (beside another JMH run), {@code bench.out} and {@code bench.docs}.
 */
public final class BenchRun {

    private static final String QUICK = "-f 0 -wi 1 -w 800ms -i 2 -r 400ms";
    private static final String FULL = "-f 1 -wi 5 -w 2s -i 5 -r 2s";
    private static final String QUICK_WHOLE = "-f 0 -wi 3 -w 300ms -i 3 -r 300ms";
    /** MULTISET's reading of nested JSON takes about 2,000 calls of 100 parents to warm: 0.8 s is a few hundred. */
    private static final String QUICK_NESTED = "-f 0 -wi 3 -w 1s -i 2 -r 500ms";
    private static final String FULL_WHOLE = "-f 1 -wi 2 -w 2s -i 5 -r 2s";
    private static final List<String> HIBERNATE_RECIPES =
            List.of("postsNewestFirst", "postsByLikeCount", "likersOfPostsBy", "postsWithLikers");

    private BenchRun() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(System.getProperty("bench.out", "target/benchmarks"));
        Path docs = Path.of(System.getProperty("bench.docs", "docs"));
        Files.createDirectories(out);
        if (!Boolean.getBoolean("bench.reportOnly")) {
            run(out);
        }
        BenchReport.write(out, docs, RunEnvironment.describe(out));
    }

    private static void run(Path out) throws IOException, InterruptedException {
        List<String> engines = list("bench.engines", "h2,postgres,mariadb");
        List<String> sizes = list("bench.likes", "10000,100000,1000000");
        Pattern wanted = Pattern.compile(System.getProperty("bench.recipes", ".*"));
        boolean full = System.getProperty("bench.mode", "quick").equals("full");
        String pointOptions = property("bench.jmh", full ? FULL : QUICK);
        String wholeOptions = property("bench.jmhWhole", full ? FULL_WHOLE : QUICK_WHOLE);
        String nestedOptions = property("bench.jmhNested", full ? FULL : QUICK_NESTED);
        RunEnvironment.record(out, String.join(",", engines), String.join(",", sizes),
                pointOptions + "` (whole-table recipes: `" + wholeOptions);
        try (var stale = Files.newDirectoryStream(out, "jmh-*.csv")) {
            for (Path file : stale) {
                Files.delete(file);
            }
        }
        // Every engine at one size before the next size: a run cut short still compares the engines.
        for (String likes : sizes) {
            for (String engine : engines) {
                for (Kind kind : Kind.values()) {
                    boolean whole = kind == Kind.WHOLE;
                    List<String> recipes = kind == Kind.NESTED ? List.of() : RecipeCalls.ALL.keySet().stream()
                            .filter(r -> wanted.matcher(r).matches() && RecipeCalls.WHOLE_TABLE.contains(r) == whole)
                            .toList();
                    List<String> hibernate = kind == Kind.NESTED ? List.of() : HIBERNATE_RECIPES.stream()
                            .filter(r -> wanted.matcher(r).matches() && RecipeCalls.WHOLE_TABLE.contains(r) == whole)
                            .toList();
                    boolean nested = kind == Kind.NESTED && wanted.matcher("postsWithLikers").matches();
                    String name = "jmh-" + engine + "-" + likes + "-" + kind.name().toLowerCase(Locale.ROOT);
                    List<String> command = new ArrayList<>(List.of("org.openjdk.jmh.Main",
                            include(!recipes.isEmpty(), !hibernate.isEmpty(), nested)));
                    String options = switch (kind) {
                        case POINT -> pointOptions;
                        case WHOLE -> wholeOptions;
                        case NESTED -> nestedOptions;
                    };
                    command.addAll(Arrays.asList(options.trim().split("\\s+")));
                    command.addAll(List.of("-p", "engine=" + engine, "-p", "likes=" + likes, "-prof", "gc",
                            "-rf", "csv", "-rff", out.resolve(name + ".csv").toString()));
                    List<String> cases = new ArrayList<>();
                    recipes.forEach(r -> cases.addAll(List.of(r + ":jdbc", r + ":jooq")));
                    if (!cases.isEmpty()) {
                        command.addAll(List.of("-p", "recipe=" + String.join(",", cases)));
                    }
                    if (!hibernate.isEmpty()) {
                        command.addAll(List.of("-p", "hibernateRecipe=" + String.join(",", hibernate)));
                    }
                    if (!recipes.isEmpty() || !hibernate.isEmpty() || nested) {
                        java(command, out.resolve(name + ".log"));
                    }
                }
            }
        }
        if (!Boolean.parseBoolean(System.getProperty("bench.warmupCurve", "true"))) {
            return;
        }
        // Once, on PostgreSQL where the issue measured it, unless the run leaves PostgreSQL out.
        String engine = engines.contains("postgres") ? "postgres" : engines.get(0);
        java(List.of(WarmupCurve.class.getName(), engine, sizes.get(0), full ? "60000" : "30000",
                out.resolve("warmup-" + engine + ".csv").toString()), out.resolve("warmup-" + engine + ".log"));
    }

    /** The three JVMs per engine and size: index-driven recipes, whole-table recipes, the nested comparison. */
    private enum Kind { POINT, WHOLE, NESTED }

    /** The benchmark classes to run. */
    private static String include(boolean recipes, boolean hibernate, boolean nested) {
        List<String> classes = new ArrayList<>();
        if (recipes) {
            classes.add("CookbookBench");
        }
        if (hibernate) {
            classes.add("HibernateBench");
        }
        if (nested) {
            classes.add("NestedBench");
        }
        return "\\.(" + String.join("|", classes) + ")\\.";
    }

    private static void java(List<String> arguments, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "-Djava.util.logging.config.file=" + System.getProperty("bench.logging", "src/test/resources/logging.properties"),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                // JMH refuses to start beside another JMH run unless told; passed on only when set here.
                "-Djmh.ignoreLock=" + Boolean.getBoolean("jmh.ignoreLock")));
        command.addAll(arguments);
        long start = System.nanoTime();
        System.out.println("[bench] " + String.join(" ", arguments) + " > " + log);
        int status = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
        System.out.printf("[bench] exit %d after %.0f s%n", status, (System.nanoTime() - start) / 1e9);
    }

    /** The system property, or {@code fallback} when it is missing or blank (as Maven passes an empty one). */
    private static String property(String name, String fallback) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? fallback : value;
    }

    private static List<String> list(String property, String fallback) {
        return Arrays.asList(System.getProperty(property, fallback).split(","));
    }
}
