package io.github.querycookbook.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link GenerateData}: {@code --users N --posts N --likes N --url JDBC_URL} and optionally
 * {@code --user}, {@code --password}, {@code --seed}; or {@code --help}.
 *
 * @param spec     what to generate
 * @param url      where to load it
 * @param user     the database user, or {@code null}
 * @param password the password, or {@code null}
 * @param help     whether to print the help and do nothing else
 */
record GenerateDataOptions(DataSpec spec, String url, String user, String password, boolean help) {

    static final String USAGE = "usage: generate-data --users N --posts N --likes N --url JDBC_URL [--user USER]"
            + " [--password PASSWORD] [--seed N] | --help";
    static final String HELP = USAGE + """

            Generates N users, posts and likes, the same for the same numbers and seed (default 1), and loads them
            into the cookbook's tables at JDBC_URL, which it creates or migrates first. The tables must be empty.
            Post popularity is Zipf-like, authors and likers are skewed, post times spread over 2025 with ties.
            Numbers may use underscores: --likes 1_000_000. Each like is a distinct user and post, so likes can be
            at most users × posts.

            Exit status: 0 when loaded, 1 when the load fails, 2 on bad arguments.""";

    private static final List<String> REQUIRED = List.of("--users", "--posts", "--likes", "--url");
    private static final List<String> KNOWN = List.of("--users", "--posts", "--likes", "--url", "--user",
            "--password", "--seed");

    /** @throws IllegalArgumentException saying which argument is wrong and why */
    static GenerateDataOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new GenerateDataOptions(null, null, null, null, true);
            }
            if (!KNOWN.contains(option)) {
                throw new IllegalArgumentException("unknown argument " + option);
            }
            if (i + 1 == args.length || args[i + 1].isBlank()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            if (values.put(option, args[++i]) != null) {
                throw new IllegalArgumentException(option + " is given twice");
            }
        }
        List<String> missing = new ArrayList<>(REQUIRED);
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing " + String.join(", ", missing));
        }
        DataSpec spec = new DataSpec((int) number(values, "--users", Integer.MAX_VALUE),
                (int) number(values, "--posts", Integer.MAX_VALUE), number(values, "--likes", Long.MAX_VALUE),
                values.containsKey("--seed") ? number(values, "--seed", Long.MAX_VALUE) : DataSpec.DEFAULT_SEED);
        return new GenerateDataOptions(spec, values.get("--url"), values.get("--user"), values.get("--password"),
                false);
    }

    private static long number(Map<String, String> values, String option, long max) {
        String text = values.get(option);
        if (!text.matches("[0-9]+(_[0-9]+)*")) {
            throw new IllegalArgumentException(option + " must be a whole number of 0 or more, was " + text);
        }
        try {
            long value = Long.parseLong(text.replace("_", ""));
            if (value <= max) {
                return value;
            }
        } catch (NumberFormatException tooLarge) {
            // reported below, as a value above the maximum
        }
        throw new IllegalArgumentException(option + " must be at most " + max + ", was " + text);
    }
}
