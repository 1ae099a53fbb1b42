package io.github.querycookbook.plainsql;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.querycookbook.rendering.RenderedQueries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build check that the recipes never run plain SQL, and the proof that it bites. */
class PlainSqlRuleTest {

    @Test
    void noMainClassRunsPlainSql() {
        // given every main class except the code jOOQ generated from the migrations (io.github.querycookbook.schema)
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/io/github/querycookbook/schema/"))
                .importPackages("io.github.querycookbook");

        // then
        assertThat(main.contain(io.github.querycookbook.QueryCookbook.class)).isTrue();
        assertThat(main.contain(io.github.querycookbook.tour.Tour.class)).isTrue();
        NoPlainSql.rule().check(main);
    }

    @Test
    void reportsEveryBannedCallInAClassThatMakesThem() {
        // given a test-only class that makes each banned call once
        JavaClasses violations = new ClassFileImporter().importClasses(PlainSqlViolations.class);

        // when
        EvaluationResult result = NoPlainSql.rule().evaluate(violations);

        // then
        List<String> reported = result.getFailureReport().getDetails();
        assertThat(reported).anySatisfy(line -> assertThat(line)
                .contains("fieldFromText(java.lang.String)> calls method <org.jooq.impl.DSL.field(java.lang.String)>"));
        assertThat(reported).anySatisfy(line -> assertThat(line).contains(
                "conditionFromText(java.lang.String)> calls method <org.jooq.impl.DSL.condition(java.lang.String)>"));
        assertThat(reported).anySatisfy(line -> assertThat(line)
                .contains("inlinedValue(java.lang.String)> calls method <org.jooq.impl.DSL.inline(java.lang.String)>"));
        assertThat(reported).anySatisfy(line -> assertThat(line)
                .contains("fetchText(org.jooq.DSLContext, java.lang.String)> calls method <org.jooq.DSLContext.fetch("
                        + "java.lang.String)>"));
        assertThat(reported).anySatisfy(line -> assertThat(line)
                .contains("staticStatements()> gets field <org.jooq.conf.StatementType.STATIC_STATEMENT>"));
        assertThat(reported).hasSize(5);
    }

    @Test
    void exemptsTheRenderCachesRunnerAndTextWriterAndNoOtherClass() {
        // given the two classes that pass on jOOQ-rendered SQL, and a test-only class that makes the same calls
        JavaClasses renderCache = new ClassFileImporter().importClasses(RenderedQueries.class,
                classOf(NoPlainSql.RENDERED_TEXT_WRITER));
        JavaClasses elsewhere = new ClassFileImporter().importClasses(RenderedSqlElsewhere.class);

        // when
        EvaluationResult forRenderCache = NoPlainSql.rule().evaluate(renderCache);
        EvaluationResult forElsewhere = NoPlainSql.rule().evaluate(elsewhere);

        // then
        assertThat(NoPlainSql.RENDERED_SQL_RUNNER).isEqualTo(RenderedQueries.class.getName());
        assertThat(forRenderCache.hasViolation()).isFalse();
        assertThat(forElsewhere.getFailureReport().getDetails()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("rerun(org.jooq.DSLContext, java.lang.String, "
                        + "[Lorg.jooq.QueryPart;)> calls method <org.jooq.DSLContext.resultQuery(java.lang.String, "
                        + "[Lorg.jooq.QueryPart;)>"))
                .anySatisfy(line -> assertThat(line).contains("write(org.jooq.Context, java.lang.String)> calls "
                        + "method <org.jooq.Context.sql(java.lang.String)>"));
    }

    /** The class, package-private in main code, by name. */
    private static Class<?> classOf(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " is gone: update NoPlainSql", e);
        }
    }
}
