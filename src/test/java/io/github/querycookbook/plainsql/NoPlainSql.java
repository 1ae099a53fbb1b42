package io.github.querycookbook.plainsql;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import org.jooq.Context;
import org.jooq.DSLContext;
import org.jooq.PlainSQL;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;

/**
 * The rule that no recipe runs SQL text that jOOQ did not build: every value must reach the database as a bind value.
 * It bans, in the classes it is checked on:
 * <ul>
 *     <li>every method jOOQ annotates {@link PlainSQL} ({@code DSL.field(String)}, {@code DSL.condition(String)},
 *     {@code DSL.sql}, {@code DSLContext.fetch(String)}, {@code resultQuery(String)} and the rest);</li>
 *     <li>{@code DSL.field} and {@code DSL.condition} with a {@code String} first, annotated or not;</li>
 *     <li>{@code DSL.inline}, outside {@link #INLINE_ALLOWED}: the bytecode cannot tell a literal from a caller's
 *     value, so each method allowed to inline was read and inlines only constants;</li>
 *     <li>{@link StatementType#STATIC_STATEMENT}, which inlines every bind value into the SQL text;</li>
 *     <li>{@code Context.sql(String)}, with which a custom query part writes text straight into the SQL.</li>
 * </ul>
 * Two classes of the render cache are exempt, each for one call, because the text they pass on is SQL that jOOQ
 * itself rendered from the DSL: {@link #RENDERED_SQL_RUNNER} re-runs it (see {@link #rerunsRenderedSql}), and
 * {@link #RENDERED_TEXT_WRITER} writes its pieces between the bind values (see {@link #writesRenderedText}).
 */
public final class NoPlainSql {

    /**
     * The methods whose {@code DSL.inline} arguments are constants: JSON keys, the rank 1, the day step 1 and the
     * activity kinds' enum names. A new entry needs the same reading.
     */
    static final Set<String> INLINE_ALLOWED = Set.of(
            "io.github.querycookbook.json.JsonQueries.postsByLikeCountJson",
            "io.github.querycookbook.stats.WindowQueries.topPostPerAuthor",
            "io.github.querycookbook.timeline.TimelineQueries.dailyLikes",
            "io.github.querycookbook.timeline.TimelineQueries.activityOf");

    /** The class allowed to run SQL text that jOOQ rendered (see {@link #rerunsRenderedSql}). */
    static final String RENDERED_SQL_RUNNER = "io.github.querycookbook.rendering.RenderedQueries";

    /** The query part allowed to write SQL text that jOOQ rendered (see {@link #writesRenderedText}). */
    static final String RENDERED_TEXT_WRITER = "io.github.querycookbook.rendering.BoundText";

    private NoPlainSql() {
    }

    /** The rule, for the classes it is checked on. */
    public static ArchRule rule() {
        return noClasses()
                .should().callMethodWhere(plainSqlApi())
                .orShould().callMethodWhere(textFirst("field")).orShould().callMethodWhere(textFirst("condition"))
                .orShould().callMethodWhere(inlineOutsideTheAllowList())
                .orShould().accessField(StatementType.class, StatementType.STATIC_STATEMENT.name())
                .orShould().callMethodWhere(rawText())
                .because("every value must reach the database as a bind value (see NoPlainSql)");
    }

    private static DescribedPredicate<JavaMethodCall> plainSqlApi() {
        return DescribedPredicate.describe("a method annotated @PlainSQL", call -> call.getTarget().resolveMember()
                .map(method -> method.isAnnotatedWith(PlainSQL.class)).orElse(false) && !rerunsRenderedSql(call));
    }

    /**
     * The one exemption: {@link #RENDERED_SQL_RUNNER} runs again, with new bind values, the SQL that jOOQ rendered from
     * a DSL query (the render cache; its Javadoc says how the text is checked to hold only {@code ?} places). Only
     * that class, and in it only {@code DSLContext.resultQuery}, the call it needs.
     */
    private static boolean rerunsRenderedSql(JavaMethodCall call) {
        return call.getOrigin().getOwner().getName().equals(RENDERED_SQL_RUNNER)
                && call.getTargetOwner().isEquivalentTo(DSLContext.class) && call.getName().equals("resultQuery");
    }

    private static DescribedPredicate<JavaMethodCall> rawText() {
        return DescribedPredicate.describe("Context.sql(String, …) outside NoPlainSql.RENDERED_TEXT_WRITER",
                call -> call.getTargetOwner().isAssignableTo(Context.class) && call.getName().equals("sql")
                        && firstParameterIs(call, String.class) && !writesRenderedText(call));
    }

    /**
     * The second exemption: {@link #RENDERED_TEXT_WRITER} hands jOOQ the text of a cached rendering, split at its
     * {@code ?}s, with the call's values visited as bind values in between, so that jOOQ need not scan it as a
     * plain-SQL template on every execution.
     */
    private static boolean writesRenderedText(JavaMethodCall call) {
        return call.getOrigin().getOwner().getName().equals(RENDERED_TEXT_WRITER);
    }

    private static DescribedPredicate<JavaMethodCall> textFirst(String method) {
        return DescribedPredicate.describe("DSL." + method + "(String, …)", call -> onDsl(call, method)
                && firstParameterIs(call, String.class));
    }

    private static DescribedPredicate<JavaMethodCall> inlineOutsideTheAllowList() {
        return DescribedPredicate.describe("DSL.inline outside NoPlainSql.INLINE_ALLOWED", call -> onDsl(call, "inline")
                && !INLINE_ALLOWED.contains(call.getOrigin().getOwner().getName() + "." + call.getOrigin().getName()));
    }

    private static boolean onDsl(JavaCall<?> call, String method) {
        return call.getTargetOwner().isEquivalentTo(DSL.class) && call.getName().equals(method);
    }

    private static boolean firstParameterIs(JavaCall<?> call, Class<?> type) {
        List<?> parameters = call.getTarget().getRawParameterTypes();
        return !parameters.isEmpty() && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(type);
    }
}
