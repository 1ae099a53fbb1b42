package io.github.querycookbook.tour;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.util.List;
import org.jooq.CloseableDSLContext;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.SingleConnectionDataSource;
import org.junit.jupiter.api.Test;

/** How the tour and the catalogue show an example's result: jOOQ's text table, cut after ten rows. */
class ExampleResultTest {

    private static final String NL = System.lineSeparator();

    @Test
    void showsTheFirstTenRowsAndSaysHowManyMoreThereAre() {
        try (CloseableDSLContext connected = DSL.using("jdbc:h2:mem:")) {
            // given twelve users
            CookbookSchema.migrate(connected.connectionResult(SingleConnectionDataSource::new));
            DSLContext dsl = CookbookDsl.prepare(connected);
            for (int i = 1; i <= 12; i++) {
                dsl.insertInto(USERS, USERS.USERNAME).values("user" + i).execute();
            }
            Recipe usernames = recipe(new Example("", ctx -> CookbookDsl.prepare(ctx).select(USERS.USERNAME)
                    .from(USERS).orderBy(USERS.ID), cookbook -> "ran"));

            // when
            ExampleResult result = ExampleResult.of(usernames, usernames.examples().get(0), dsl);

            // then
            assertThat(result.heading()).isEqualTo("usernames()");
            assertThat(result.text()).endsWith("|user10  |" + NL + "+--------+" + NL + "… and 2 more rows")
                    .doesNotContain("user11");
        }
    }

    @Test
    void saysWhenTheTimesItShowsAreUtc() {
        Example posts = new Example("authorId = 1", ctx -> CookbookDsl.prepare(ctx).selectFrom(POSTS),
                cookbook -> "ran");
        try (CloseableDSLContext connected = DSL.using("jdbc:h2:mem:")) {
            CookbookSchema.migrate(connected.connectionResult(SingleConnectionDataSource::new));

            ExampleResult result = ExampleResult.of(recipe(posts), posts, connected);

            assertThat(result.heading()).isEqualTo("usernames(authorId = 1), times in UTC");
            assertThat(result.text()).contains("|created_at|");
        }
    }

    @Test
    void showsTheExceptionInsteadOfRowsWhenTheCallThrows() {
        Example failing = new Example("", ctx -> CookbookDsl.prepare(ctx).selectFrom(POSTS), cookbook -> {
            throw new IllegalStateException("no");
        });
        try (CloseableDSLContext connected = DSL.using("jdbc:h2:mem:")) {
            ExampleResult result = ExampleResult.of(recipe(failing), failing, connected);

            assertThat(result.heading()).isEqualTo("usernames()");
            assertThat(result.text()).isEqualTo("IllegalStateException: no");
        }
    }

    private static Recipe recipe(Example example) {
        return new Recipe("usernames", "Every username.", "posts_by.sql", Object.class, "none", List.of(example));
    }
}
