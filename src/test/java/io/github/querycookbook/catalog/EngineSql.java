package io.github.querycookbook.catalog;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.testing.Engine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.conf.ParamType;

/**
 * The SQL jOOQ renders for a recipe on every engine, shown once when the engines agree, and otherwise grouped by
 * text with one line per known reason why they differ. A difference without a known reason fails the generation:
 * explain it in {@link #DIFFERENCES}, so that no reader meets an unexplained one.
 */
final class EngineSql {

    /**
     * A way the engines' SQL differs, how to see past it, and why it is there ({@code %1$s}: the engines whose SQL
     * has it; {@code %2$s}: its first instance).
     */
    private record Difference(Pattern pattern, String replacement, String why) {

        /** The first instance in {@code sql} that some other variant lacks, or null when there is none. */
        String instanceIn(String sql, Set<String> variants) {
            Matcher matcher = pattern.matcher(sql);
            while (matcher.find()) {
                String instance = matcher.group();
                if (variants.stream().anyMatch(other -> !other.contains(instance))) {
                    return instance;
                }
            }
            return null;
        }

        String ignore(String sql) {
            return pattern.matcher(sql).replaceAll(replacement);
        }
    }

    private static final List<Difference> DIFFERENCES = List.of(
            new Difference(Pattern.compile("cast\\((:\\w+) as [\\w ()]+?\\)"), "$1",
                    "On %1$s, `%2$s`: jOOQ casts a bind value to its type where the engine might not infer it (on"
                            + " H2 every one, on PostgreSQL date-times); the value is still bound, and an engine"
                            + " without the cast takes the column's type."),
            new Difference(Pattern.compile("(?m)(?<= )as (\\w+)(?=,?$)"), "$1",
                    "On %1$s, the optional `as` before an alias (`%2$s`); jOOQ leaves it out on H2 (the settings"
                            + " `renderOptionalAsKeywordForFieldAliases` and `…ForTableAliases` change that)."),
            new Difference(Pattern.compile("count\\(case\\s+when (.+?) then (\\S+)\\s+end\\)"),
                    "count($2) filter (where $1)",
                    "On %1$s, `count(case when … then … end)`: the engine has no `filter (where …)` on"
                            + " aggregates, so jOOQ moves the condition into a `case`, which counts the same rows:"
                            + " `case` without `else` gives null, and `count` skips nulls."),
            new Difference(Pattern.compile("dateadd\\('day', (\\d+), (:?[\\w.]+)\\)"), "($2 + $1)",
                    "On %1$s, `%2$s` where PostgreSQL writes `date + 1`: jOOQ's `localDateAdd(date, n, DatePart.DAY)`"
                            + " writes each engine's date arithmetic, and H2 rejects adding an integer to a date."),
            new Difference(Pattern.compile("date_add\\((:?[\\w.]+), interval (\\d+) day\\)"), "($1 + $2)",
                    "On %1$s, `%2$s`: there `date + 1` is arithmetic on the number 20240501, not the next day, so"
                            + " jOOQ's `localDateAdd` adds an interval."),
            new Difference(Pattern.compile("\\((:\\w+) \\+ (\\d+) \\* interval '1 day'\\)"), "($1 + $2)",
                    "On %1$s, `%2$s`: jOOQ adds days to a bound date as an interval there, which gives a timestamp"
                            + " that compares with a timestamp column exactly; the other engines add a day to the date."),
            new Difference(Pattern.compile("lower\\(([\\w.]+)\\) like lower\\((:\\w+)\\)"), "$1 ilike $2",
                    "On %1$s, `%2$s`: MariaDB has no `ilike`, so jOOQ's `likeIgnoreCase` lowers both sides there;"
                            + " H2 and PostgreSQL get `ilike`, which on H2 also keeps the JVM's locale out of the match."));

    /**
     * A construct that the engines write in ways too far apart for a pattern to see past, such as jOOQ's emulation
     * of {@code MULTISET}: it explains the whole difference when every engine's SQL shows its own form.
     */
    private record EngineForm(Map<Engine, Pattern> forms, String why) {

        boolean foundIn(Map<String, List<Engine>> enginesBySql) {
            return enginesBySql.entrySet().stream().allMatch(variant -> variant.getValue().stream()
                    .allMatch(engine -> forms.get(engine).matcher(variant.getKey()).find()));
        }
    }

    private static final List<EngineForm> FORMS = List.of(
            new EngineForm(Map.of(Engine.H2, Pattern.compile("json_arrayagg\\(json_array\\("),
                    Engine.POSTGRES, Pattern.compile("jsonb_agg\\(jsonb_build_array\\("),
                    Engine.MARIADB, Pattern.compile("group_concat\\(json_array\\(")),
                    "No engine has `multiset`: jOOQ nests each child row as a JSON array and aggregates them, with"
                            + " the `order by` inside the aggregate: `json_arrayagg(json_array(…) order by …)` on H2,"
                            + " `jsonb_agg(jsonb_build_array(…) order by …)` on PostgreSQL, and on MariaDB"
                            + " `group_concat(json_array(…) order by …)` wrapped into an array by"
                            + " `json_merge_preserve`, which the server's `group_concat_max_len` caps. jOOQ reads the"
                            + " JSON back into records."),
            new EngineForm(Map.of(Engine.H2, Pattern.compile("json_arrayagg\\(json_object\\("),
                    Engine.POSTGRES, Pattern.compile("json_agg\\(json_build_object\\("),
                    Engine.MARIADB, Pattern.compile("group_concat\\(json_merge_preserve\\(")),
                    "Each engine spells JSON aggregation its own way: the standard `json_arrayagg(json_object(key …"
                            + " value …) order by …)` on H2, `json_agg(json_build_object(…) order by …)` on"
                            + " PostgreSQL, and on MariaDB one `json_object` per key merged by `json_merge_preserve`"
                            + " and joined by `group_concat(… order by …)`, which the server's `group_concat_max_len`"
                            + " caps. `jsonArray()` is `json_array(null on null)` on H2 and `json_build_array()` on"
                            + " PostgreSQL: both are `[]`."),
            new EngineForm(Map.of(Engine.H2, Pattern.compile("from final table \\("),
                    Engine.POSTGRES, Pattern.compile("(?m)^returning \\w+\\.\\w+"),
                    Engine.MARIADB, Pattern.compile("(?m)^returning \\w+(,|$)")),
                    "`returning` gives back the stored row from the insert itself. PostgreSQL and MariaDB have it"
                            + " (jOOQ names MariaDB's columns unqualified); H2 has none, so jOOQ selects from"
                            + " the standard `final table (insert …)`, which is why a failed insert there must run in"
                            + " a transaction."),
            new EngineForm(Map.of(Engine.H2, Pattern.compile("^merge into"),
                    Engine.POSTGRES, Pattern.compile("on conflict\\s+do nothing"),
                    Engine.MARIADB, Pattern.compile("^insert ignore into")),
                    "jOOQ's `onConflictDoNothing()` becomes `on conflict do nothing` on PostgreSQL, a `merge …"
                            + " when not matched then insert` on H2, and `insert ignore` on MariaDB. MariaDB's"
                            + " `insert ignore` also turns a foreign-key error into a warning, and H2's `merge` can"
                            + " still raise a duplicate key when two callers race: the recipe handles both."));

    private final Map<String, List<Engine>> enginesBySql = new LinkedHashMap<>();

    /** For each difference found, with the instance it cites, the engines whose SQL has it. */
    private final Map<Map.Entry<Difference, String>, List<Engine>> reasons = new LinkedHashMap<>();

    /** The engine forms that explain the variants as a whole. */
    private final List<EngineForm> forms = new ArrayList<>();

    EngineSql(Recipe recipe) {
        for (Engine engine : Engine.DIALECTS) {
            String sql = recipe.query(CookbookDsl.detachedFormatted(engine.dialect())).getSQL(ParamType.NAMED).strip();
            enginesBySql.computeIfAbsent(sql, key -> new ArrayList<>()).add(engine);
        }
        if (enginesBySql.size() > 1) {
            explain(recipe);
        }
    }

    void appendTo(StringBuilder md) {
        if (enginesBySql.size() == 1) {
            md.append("Same on ").append(names(Engine.DIALECTS)).append(":\n\n");
            sqlBlock(md, enginesBySql.keySet().iterator().next());
            return;
        }
        enginesBySql.forEach((sql, engines) -> {
            md.append(names(engines)).append(":\n\n");
            sqlBlock(md, sql);
        });
        md.append("Why they differ:\n\n");
        forms.forEach(form -> md.append("- ").append(form.why()).append("\n"));
        reasons.forEach((reason, engines) -> md.append("- ")
                .append(reason.getKey().why().formatted(names(engines), reason.getValue())).append("\n"));
        md.append("\n");
    }

    private void explain(Recipe recipe) {
        enginesBySql.forEach((sql, engines) -> {
            for (Difference difference : DIFFERENCES) {
                String instance = difference.instanceIn(sql, enginesBySql.keySet());
                if (instance != null) {
                    reasons.computeIfAbsent(Map.entry(difference, instance), key -> new ArrayList<>()).addAll(engines);
                }
            }
        });
        FORMS.stream().filter(form -> form.foundIn(enginesBySql)).forEach(forms::add);
        Set<String> unexplained = enginesBySql.keySet().stream()
                .map(sql -> DIFFERENCES.stream().reduce(sql, (text, d) -> d.ignore(text), (a, b) -> b))
                .collect(Collectors.toSet());
        if (unexplained.size() > 1 && forms.isEmpty()) {
            throw new IllegalStateException("The SQL of " + recipe.name() + " differs between engines in a way the "
                    + "catalogue cannot explain; add a Difference to EngineSql:\n" + String.join("\n--\n", unexplained));
        }
    }

    private static void sqlBlock(StringBuilder md, String sql) {
        md.append("```sql\n").append(sql).append("\n```\n\n");
    }

    /** The engines in words: {@code H2}, {@code PostgreSQL and MariaDB}. */
    static String names(List<Engine> engines) {
        List<String> names = engines.stream().map(Engine::toString).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
