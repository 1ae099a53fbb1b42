package io.github.querycookbook.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.RecipeCatalog;
import io.github.querycookbook.VanillaSqlCookbook;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DatabaseSetup(Setup.BLANK)
class TourTest {

    @Nested
    class OnEmbeddedH2 {

        @Test
        void walksEveryRecipeAndEndsWithAllAgreeing() {
            // when
            TourRun run = TourRun.of("--url", "jdbc:h2:mem:tour_test;DB_CLOSE_DELAY=-1");

            // then
            assertThat(run.status()).isEqualTo(Tour.AGREED);
            assertThat(run.err()).isEmpty();
            RecipeCatalog.all().forEach(recipe -> assertThat(run.out())
                    .contains("== " + recipe.name(), recipe.purpose(), "-- twin sql/" + recipe.twinFile()));
            assertThat(run.out()).startsWith("jOOQ Query Cookbook tour on H2, with the demo data")
                    .endsWith("✓ all 6 recipes: jOOQ and the SQL twin agree" + System.lineSeparator());
        }

        @Test
        void printsTheRenderedSqlTheTwinAndAnAlignedResult() {
            TourRun run = TourRun.of("--url", "jdbc:h2:mem:tour_table_test;DB_CLOSE_DELAY=-1");

            assertThat(run.out()).contains("""
                    == postsByLikeCount
                    Every post with its like count, zero included; most liked first.
                    -- jOOQ renders:
                       select
                    """).contains("""
                    -- result:
                       id | content                            | userId | likeCount
                       ---+------------------------------------+--------+----------
                       1  | Hello, world                       | 1      | 3
                       3  | Left joins keep posts nobody liked | 1      | 2
                       2  | jOOQ or SQL? Both.                 | 2      | 1
                       4  | Nobody likes me yet                | 3      | 0
                    ✓ jOOQ and the twin agree
                    """).contains("""
                    -- result:
                       NotFoundException: No row in table posts with id 404
                    ✓ jOOQ and the twin agree
                    """);
        }
    }

    @Nested
    class WhenJooqAndTheTwinDisagree {

        @Test
        void marksTheRecipeWithACrossAndShowsWhatTheTwinGave() {
            // given jOOQ reading a database with the demo data, and the twin reading an empty one
            JdbcDataSource withData = h2("tour_disagree_data");
            JdbcDataSource empty = h2("tour_disagree_empty");
            CookbookSchema.migrate(withData);
            CookbookSchema.migrate(empty);
            DemoData.loadIfEmpty(CookbookDsl.prepare(DSL.using(withData, SQLDialect.H2)));
            Recipe newestFirst = RecipeCatalog.all().get(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            // when
            boolean agreed = new RecipeReport(new PrintStream(out, true, StandardCharsets.UTF_8), SQLDialect.H2)
                    .print(newestFirst, new QueryCookbook(DSL.using(withData, SQLDialect.H2)),
                            new VanillaSqlCookbook(empty));

            // then
            assertThat(agreed).isFalse();
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .endsWith("✗ jOOQ and the twin differ; the twin gave:" + System.lineSeparator()
                            + "   []" + System.lineSeparator());
        }

        private static JdbcDataSource h2(String name) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            return dataSource;
        }
    }

    @Nested
    class OnAnyJdbcUrl {

        @EngineTest
        void runsOnTheDatabaseTheUrlNames(TestDatabase db) {
            TourRun run = TourRun.of("--url", db.jdbcUrl());

            assertThat(run.status()).isEqualTo(Tour.AGREED);
            assertThat(run.out()).contains("✓ all 6 recipes: jOOQ and the SQL twin agree");
        }
    }
}
