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

    /** A way the engines' SQL differs, how to see past it, and why it is there ({@code %s}: the first instance). */
    private record Difference(Pattern pattern, String replacement, String why) {

        String explain(String sql) {
            Matcher matcher = pattern.matcher(sql);
            return matcher.find() ? why.formatted(matcher.group()) : null;
        }

        String ignore(String sql) {
            return pattern.matcher(sql).replaceAll(replacement);
        }
    }

    private static final List<Difference> DIFFERENCES = List.of(
            new Difference(Pattern.compile("cast\\((:\\w+) as (?!timestamp)[\\w ()]+?\\)"), "$1",
                    "H2 gets `%s`: jOOQ casts bind values on H2, which cannot always infer a parameter's type; the "
                            + "value is still bound, and the other engines take the column's type."),
            new Difference(Pattern.compile("(?m) as (\\w+)(?=,?$)"), " $1",
                    "the `as` before an alias is optional in SQL, and jOOQ leaves it out on H2 (the setting "
                            + "`renderOptionalAsKeywordForFieldAliases` changes that)."),
            new Difference(Pattern.compile("cast\\((:\\w+) as timestamp\\)"), "$1",
                    "`%s` on H2 and PostgreSQL: jOOQ casts date-time bind values there, so the SQL itself says "
                            + "what type the value is; it is still bound, and MariaDB takes the column's type."),
            new Difference(Pattern.compile("lower\\(([\\w.]+)\\) like lower\\((:\\w+)\\)"), "$1 ilike $2",
                    "MariaDB gets `%s`: it has no `ilike`, so jOOQ's `likeIgnoreCase` lowers both sides there; H2 and "
                            + "PostgreSQL get `ilike`, which on H2 also keeps the JVM's locale out of the match."));

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
        for (String sql : enginesBySql.keySet()) {
            DIFFERENCES.stream().map(difference -> difference.explain(sql)).filter(why -> why != null)
                    .forEach(reasons::add);
        }
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
