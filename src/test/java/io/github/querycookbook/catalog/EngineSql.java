package io.github.querycookbook.catalog;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.testing.Engine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

        String explain(String sql, List<Engine> engines) {
            Matcher matcher = pattern.matcher(sql);
            return matcher.find() ? why.formatted(names(engines), matcher.group()) : null;
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
            new Difference(Pattern.compile("(?m) as (\\w+)(?=,?$)"), " $1",
                    "On %1$s, the optional `as` before an alias (`%2$s`); jOOQ leaves it out on H2 (the setting"
                            + " `renderOptionalAsKeywordForFieldAliases` changes that)."),
            new Difference(Pattern.compile("count\\(case\\s+when (.+?) then (\\S+)\\s+end\\)"),
                    "count($2) filter (where $1)",
                    "On %1$s, `count(case when … then … end)`: the engine has no `filter (where …)` on"
                            + " aggregates, so jOOQ moves the condition into a `case`, which counts the same rows:"
                            + " `case` without `else` gives null, and `count` skips nulls."));

    private final Map<String, List<Engine>> enginesBySql = new LinkedHashMap<>();
    private final Set<String> reasons = new LinkedHashSet<>();

    EngineSql(Recipe recipe) {
        for (Engine engine : Engine.values()) {
            String sql = recipe.query(CookbookDsl.detachedFormatted(engine.dialect())).getSQL(ParamType.NAMED).strip();
            enginesBySql.computeIfAbsent(sql, key -> new ArrayList<>()).add(engine);
        }
        if (enginesBySql.size() > 1) {
            explain(recipe);
        }
    }

    void appendTo(StringBuilder md) {
        if (enginesBySql.size() == 1) {
            md.append("Same on ").append(names(Arrays.asList(Engine.values()))).append(":\n\n");
            sqlBlock(md, enginesBySql.keySet().iterator().next());
            return;
        }
        enginesBySql.forEach((sql, engines) -> {
            md.append(names(engines)).append(":\n\n");
            sqlBlock(md, sql);
        });
        reasons.forEach(reason -> md.append("Why they differ: ").append(reason).append("\n\n"));
    }

    private void explain(Recipe recipe) {
        enginesBySql.forEach((sql, engines) -> DIFFERENCES.stream()
                .map(difference -> difference.explain(sql, engines)).filter(why -> why != null)
                .forEach(reasons::add));
        Set<String> unexplained = enginesBySql.keySet().stream()
                .map(sql -> DIFFERENCES.stream().reduce(sql, (text, d) -> d.ignore(text), (a, b) -> b))
                .collect(Collectors.toSet());
        if (unexplained.size() > 1) {
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
