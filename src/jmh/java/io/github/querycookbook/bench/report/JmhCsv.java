package io.github.querycookbook.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV that JMH wrote with {@code -rf csv} in sample mode with {@code -prof gc}: a primary row per benchmark
 * (the mean) and secondary rows named {@code benchmark:p0.50} (the median) and {@code benchmark:gc.alloc.rate.norm}
 * (bytes per call), with one {@code Param: name} column per parameter of the run.
 */
public final class JmhCsv {

    private JmhCsv() {
    }

    /** The results in {@code csv}; none when JMH has only created it (a run still going or one that failed). */
    public static List<Result> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.isEmpty() ? List.of() : parse(lines);
    }

    static List<Result> parse(List<String> lines) {
        List<String> header = fields(lines.get(0));
        Map<String, Builder> byKey = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> row = fields(line);
            String name = row.get(0);
            int colon = name.indexOf(':');
            String benchmark = colon < 0 ? name : name.substring(0, colon);
            String metric = colon < 0 ? "" : name.substring(colon + 1);
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 7; i < header.size(); i++) {
                params.put(header.get(i).replace("Param: ", ""), i < row.size() ? row.get(i) : "");
            }
            Builder builder = byKey.computeIfAbsent(benchmark + params, key -> new Builder(benchmark, params));
            double score = Double.parseDouble(row.get(4));
            switch (metric) {
                case "" -> {
                    builder.mean = score;
                    builder.samples = Long.parseLong(row.get(3));
                }
                case "p0.50" -> builder.median = score;
                case "gc.alloc.rate.norm" -> builder.alloc = score;
                default -> { }
            }
        }
        List<Result> results = new ArrayList<>();
        byKey.values().forEach(builder -> results.add(builder.build()));
        return results;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        for (String field : line.split(",", -1)) {
            fields.add(field.startsWith("\"") && field.endsWith("\"") && field.length() > 1
                    ? field.substring(1, field.length() - 1) : field);
        }
        return fields;
    }

    private static final class Builder {
        private final String benchmark;
        private final Map<String, String> params;
        private double mean = Double.NaN;
        private double median = Double.NaN;
        private double alloc = Double.NaN;
        private long samples;

        Builder(String benchmark, Map<String, String> params) {
            this.benchmark = benchmark;
            this.params = params;
        }

        Result build() {
            String[] parts = benchmark.split("\\.");
            String type = parts[parts.length - 2];
            String method = parts[parts.length - 1];
            String recipe = switch (type) {
                case "CookbookBench" -> params.get("recipe").split(":")[0];
                case "HibernateBench" -> params.get("hibernateRecipe");
                default -> Result.NESTED_100;
            };
            String variant = type.equals("CookbookBench") ? params.get("recipe").split(":")[1] : method;
            return new Result(params.get("engine"), Integer.parseInt(params.get("likes")), recipe, variant,
                    Double.isNaN(median) ? mean : median, mean, samples, alloc);
        }
    }
}
