package io.github.querycookbook.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.CookbookSchema;
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

    private static final String NL = System.lineSeparator();

    @Nested
    class OnEmbeddedH2 {

        private final TourRun run = TourRun.of("--url", "jdbc:h2:mem:tour_test_" + System.nanoTime());

        @Test
        void saysWhatItCreatedGroupsRecipesByTopicAndEndsWithAllAgreeing() {
            assertThat(run.status()).isEqualTo(Tour.AGREED);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("jOOQ Query Cookbook tour on H2 (SQLDialect.H2)" + NL
                            + "Created the tables users, posts, post_likes and cookbook_schema_history." + NL
                            + "Loaded the demo data." + NL)
                    .endsWith("✓ all 34 recipes: jOOQ and the SQL twin agree" + NL);
            RecipeCatalog.topics().forEach(topic -> assertThat(run.out())
                    .contains(NL + "=== " + topic.title() + ": " + topic.summary() + NL));
            RecipeCatalog.all().forEach(recipe -> assertThat(run.out())
                    .contains("== " + recipe.name() + ": " + recipe.purpose() + NL));
        }

        @Test
        void showsTheCodeThenTheSqlThenTheTwinThenBothPathsOfGetPost() {
            assertThat(run.out().replace(NL, "\n")).contains("""
                    == getPost: The post with an id, or NotFoundException for a 404 (first_or_404()).
                    -- jOOQ: QueryCookbook.getPost runs PostQueries.byId
                       public Post getPost(long postId) {
                           return findPost(postId).orElseThrow(() -> new NotFoundException("posts", postId));
                       }

                       public ResultQuery<Record4<Long, Long, String, LocalDateTime>> byId(long postId) {
                           return selectPosts()
                                   .where(POSTS.ID.eq(param("post_id", postId)));
                       }
                    -- the SQL jOOQ renders for H2:
                       select posts.id, posts.user_id, posts.content, posts.created_at
                       from posts
                       where posts.id = cast(:post_id as bigint)
                    -- the twin, sql/find_post.sql:
                       SELECT posts.id, posts.user_id, posts.content, posts.created_at
                       FROM posts
                       WHERE posts.id = :post_id;
                    -- getPost(postId = 1), times in UTC:
                       +----+-------+------------+----------------+
                       |  id|user_id|content     |created_at      |
                       +----+-------+------------+----------------+
                       |   1|      1|Hello, world|2024-05-01T09:00|
                       +----+-------+------------+----------------+
                    -- getPost(postId = 404):
                       NotFoundException: No row in table posts with id 404
                    ✓ jOOQ and the twin agree
                    """);
        }

        @Test
        void headsResultTablesWithTheSqlColumnNames() {
            assertThat(run.out().replace(NL, "\n")).contains("""
                    -- postsByLikeCount():
                       +----+----------------------------------+-------+----------+
                       |  id|content                           |user_id|like_count|
                       +----+----------------------------------+-------+----------+
                       |   1|Hello, world                      |      1|         3|
                       |   2|jOOQ or SQL? Both.                |      2|         2|
                       |   3|Same second as bob's: id breaks it|      1|         1|
                       |   4|Left joins keep posts nobody liked|      3|         0|
                       +----+----------------------------------+-------+----------+
                    ✓ jOOQ and the twin agree
                    """);
        }
    }

    @Nested
    class WithHelp {

        @Test
        void printsTheUsageAndExitsZero() {
            TourRun run = TourRun.of("--help");

            assertThat(run.status()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).isEqualTo(TourOptions.HELP + NL).startsWith(TourOptions.USAGE + NL);
            assertThat(TourRun.of("-h").out()).isEqualTo(run.out());
        }
    }

    @Nested
    class WhenJooqAndTheTwinDisagree {

        @Test
        void marksTheExampleWithACrossAndShowsWhatTheTwinGave() {
            // given jOOQ reading a database with the demo data, and the twin reading an empty one
            JdbcDataSource withData = h2("tour_disagree_data");
            JdbcDataSource empty = h2("tour_disagree_empty");
            CookbookSchema.migrate(withData);
            CookbookSchema.migrate(empty);
            DemoData.loadIfEmpty(DSL.using(withData, SQLDialect.H2));
            Recipe newestFirst = RecipeCatalog.all().stream()
                    .filter(recipe -> recipe.name().equals("postsNewestFirst")).findFirst().orElseThrow();
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            // when
            boolean agreed = new RecipeReport(new PrintStream(out, true, StandardCharsets.UTF_8),
                    DSL.using(withData, SQLDialect.H2)).print(newestFirst, new VanillaSqlCookbook(empty));

            // then
            assertThat(agreed).isFalse();
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .endsWith("✗ jOOQ and the twin differ; the twin gave:" + NL + "   []" + NL);
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
        void createsTheTablesAndDemoDataOnceThenKeepsThem(TestDatabase db) {
            // when
            TourRun first = TourRun.of("--url", db.jdbcUrl());
            TourRun second = TourRun.of("--url", db.jdbcUrl());

            // then
            assertThat(first.status()).isEqualTo(Tour.AGREED);
            assertThat(first.out()).contains("Created the tables users, posts, post_likes and cookbook_schema_history."
                    + NL + "Loaded the demo data." + NL)
                    .endsWith("✓ all 34 recipes: jOOQ and the SQL twin agree" + NL);
            assertThat(second.status()).isEqualTo(Tour.AGREED);
            assertThat(second.out()).contains("The tables users, posts, post_likes were already there." + NL
                    + "Kept the data there; the demo data goes only into empty tables." + NL);
        }
    }
}
