package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.model.Like;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Wrong arguments fail at once, with a message that says what to pass. */
class PreconditionsTest {

    @Test
    void queryCookbookNeedsAContext() {
        assertThatThrownBy(() -> new QueryCookbook(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("dsl: pass DSL.using(dataSource, dialect)");
    }

    @Test
    void vanillaCookbookNeedsADataSource() {
        assertThatThrownBy(() -> new VanillaSqlCookbook(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("dataSource");
    }

    @Test
    void migrateNeedsADataSource() {
        assertThatThrownBy(() -> CookbookSchema.migrate(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("dataSource");
    }

    @Test
    void migrateNamesTheEnginesItSupports() {
        // given a database that reports itself as Oracle
        DataSource oracle = dataSourceReporting("Oracle");

        // then
        assertThatThrownBy(() -> CookbookSchema.migrate(oracle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unsupported database Oracle: the cookbook's schema supports H2, PostgreSQL and MariaDB");
    }

    @Test
    void aRecipeNeedsAnExampleToShow() {
        assertThatThrownBy(() -> new Recipe("postsNewestFirst", "Every post, newest first.", "posts_newest_first.sql",
                Object.class, "newestFirst", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Recipe postsNewestFirst needs at least one example");
    }

    private static DataSource dataSourceReporting(String productName) {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, "getDatabaseProductName", productName);
        Connection connection = proxy(Connection.class, "getMetaData", metaData);
        return proxy(DataSource.class, "getConnection", connection);
    }

    /** An instance of {@code type} whose {@code method} returns {@code result}; other methods do nothing. */
    private static <T> T proxy(Class<T> type, String method, Object result) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, called, args) -> called.getName().equals(method) ? result : null));
    }

    @Test
    void authorsWithAtLeastRejectsANegativeMinimumInBothCookbooks() {
        for (Cookbook cookbook : cookbooksWithoutADatabase()) {
            assertThatThrownBy(() -> cookbook.authorsWithAtLeast(-1)).as(cookbook.getClass().getSimpleName())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("minLikes must be 0 or more, was -1");
        }
    }

    @Test
    void likeStatsSinceNeedsAnInstantInBothCookbooks() {
        for (Cookbook cookbook : cookbooksWithoutADatabase()) {
            assertThatThrownBy(() -> cookbook.likeStatsSince(null)).as(cookbook.getClass().getSimpleName())
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("since");
        }
    }

    @Test
    void postsByIdsNeedsIds() {
        for (Cookbook cookbook : cookbooksWithoutADatabase()) {
            assertThatThrownBy(() -> cookbook.postsByIds(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("ids");
        }
    }

    @Test
    void postsByIdsRejectsANullId() {
        for (Cookbook cookbook : cookbooksWithoutADatabase()) {
            assertThatThrownBy(() -> cookbook.postsByIds(Arrays.asList(1L, null)))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("ids must not contain null");
        }
    }

    @Test
    void postsByIdsWithoutIdsAnswersWithoutTheDatabase() {
        for (Cookbook cookbook : cookbooksWithoutADatabase()) {
            assertThat(cookbook.postsByIds(List.of())).isEmpty();
        }
    }

    /** Both cookbooks, on a context without a connection and a data source that fails: any query would throw. */
    private static List<Cookbook> cookbooksWithoutADatabase() {
        DataSource unreachable = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (self, called, args) -> {
                    throw new SQLException("no database in this test");
                });
        return List.of(new QueryCookbook(DSL.using(SQLDialect.H2)), new VanillaSqlCookbook(unreachable));
    }

    @Test
    void aUsernameLookupNeedsAUsernameOnBothCookbooks() {
        for (Cookbook cookbook : detachedCookbooks()) {
            assertThatThrownBy(() -> cookbook.findUserByUsername(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("username");
            assertThatThrownBy(() -> cookbook.getUserByUsername(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("username");
        }
    }

    @Test
    void aPostSearchNeedsItsCriteriaOnBothCookbooks() {
        for (Cookbook cookbook : detachedCookbooks()) {
            assertThatThrownBy(() -> cookbook.searchPosts(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("search");
        }
    }

    /** Cookbooks that fail if they reach a database: a precondition must fail before that. */
    private static List<Cookbook> detachedCookbooks() {
        return List.of(new QueryCookbook(CookbookDsl.detached(SQLDialect.H2)),
                new VanillaSqlCookbook(dataSourceReporting("H2")));
    }

    @Test
    void createUserChecksTheUsernameOnBothCookbooks() {
        for (Cookbook cookbook : detachedCookbooks()) {
            assertThatThrownBy(() -> cookbook.createUser(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("username");
            assertThatThrownBy(() -> cookbook.createUser(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("username must not be blank");
            assertThatThrownBy(() -> cookbook.createUser(" \t\n"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("username must not be blank");
            assertThatThrownBy(() -> cookbook.createUser("x".repeat(1025)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("username must be at most 1024 characters, was 1025");
            assertThatThrownBy(() -> cookbook.createUser("😀".repeat(513)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("username must be at most 1024 characters, was 1026");
        }
    }

    @Test
    void createPostChecksTheContentOnBothCookbooks() {
        for (Cookbook cookbook : detachedCookbooks()) {
            assertThatThrownBy(() -> cookbook.createPost(1, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("content");
            assertThatThrownBy(() -> cookbook.createPost(1, "  "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("content must not be blank");
        }
    }

    @Test
    void importLikesChecksTheLikesOnBothCookbooks() {
        for (Cookbook cookbook : detachedCookbooks()) {
            assertThatThrownBy(() -> cookbook.importLikes(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("likes");
            assertThatThrownBy(() -> cookbook.importLikes(Arrays.asList(new Like(1, 2), null)))
                    .isInstanceOf(NullPointerException.class).hasMessage("likes must not contain null");
            assertThat(cookbook.importLikes(List.of())).isZero();
        }
    }

    @Test
    void alsoLikedRejectsALimitOutsideOneToAHundredOnBothCookbooks() {
        for (Cookbook cookbook : detachedCookbooks()) {
            assertThatThrownBy(() -> cookbook.alsoLiked(1, 0)).as(cookbook.getClass().getSimpleName())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("limit must be between 1 and 100, was 0");
            assertThatThrownBy(() -> cookbook.alsoLiked(1, 101)).as(cookbook.getClass().getSimpleName())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("limit must be between 1 and 100, was 101");
        }
    }
}
