package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.model.Like;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.search.PostSearchQueries;
import io.github.querycookbook.writes.ExistenceQueries;
import io.github.querycookbook.writes.ImportQueries;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public method that takes arguments, on both cookbooks, and the query classes behind {@link QueryCookbook}:
 * a null gives a {@link NullPointerException} naming the parameter, a number out of range an
 * {@link IllegalArgumentException} saying what is allowed, and neither reaches the database. A jOOQ listener counts
 * the statements {@code QueryCookbook} starts, and the data source counts the connections either cookbook asks for.
 */
class BadArgumentsTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2024, 1, 1);

    /** One bad call: its description, the expected exception and message, and the call itself. */
    private record BadCall(String call, Class<? extends RuntimeException> type, String message,
            Function<Counted, Object> run) {

        @Override
        public String toString() {
            return call;
        }
    }

    /** A cookbook or query over a database that counts what reaches it, and fails if anything does. */
    private static final class Counted {

        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger statements = new AtomicInteger();
        final DataSource dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (self, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                    }
                    throw new SQLException("a bad argument reached the database");
                });
        final DSLContext dsl = DSL.using(dataSource, SQLDialect.H2).configuration()
                .deriveAppending(ExecuteListener.onStart(ctx -> statements.incrementAndGet())).dsl();
        final QueryCookbook queryCookbook = new QueryCookbook(dsl);
        final VanillaSqlCookbook vanillaCookbook = new VanillaSqlCookbook(dataSource);
    }

    static Stream<BadCall> badCalls() {
        Stream<BadCall> onBoth = Stream.of(QueryCookbook.class, VanillaSqlCookbook.class).flatMap(type -> {
            Function<Counted, Cookbook> of = c -> type == QueryCookbook.class ? c.queryCookbook : c.vanillaCookbook;
            return cookbookCalls().map(bad -> new BadCall(type.getSimpleName() + "." + bad.call(), bad.type(),
                    bad.message(), c -> bad.run().apply(of.apply(c))));
        });
        return Stream.concat(onBoth, queryCalls());
    }

    /** A bad call of a {@link Cookbook} method, made on each cookbook in turn. */
    private record CookbookCall(String call, Class<? extends RuntimeException> type, String message,
            Function<Cookbook, Object> run) {
    }

    private static Stream<CookbookCall> cookbookCalls() {
        return Stream.of(
                iae("postsByLikeCountPage(0, 10)", "pageNumber must be at least 1, was 0",
                        c -> c.postsByLikeCountPage(0, 10)),
                iae("postsByLikeCountPage(1, 0)", "pageSize must be between 1 and 100, was 0",
                        c -> c.postsByLikeCountPage(1, 0)),
                iae("postsByLikeCountPage(1, 101)", "pageSize must be between 1 and 100, was 101",
                        c -> c.postsByLikeCountPage(1, 101)),
                iae("feed(null, 0)", "limit must be between 1 and 100, was 0", c -> c.feed(null, 0)),
                iae("feed(null, 101)", "limit must be between 1 and 100, was 101", c -> c.feed(null, 101)),
                iae("authorsWithAtLeast(-1)", "minLikes must be 0 or more, was -1", c -> c.authorsWithAtLeast(-1)),
                npe("likeStatsSince(null)", "since", c -> c.likeStatsSince(null)),
                npe("dailyLikes(1, null, to)", "from", c -> c.dailyLikes(1, null, NEW_YEAR)),
                npe("dailyLikes(1, from, null)", "to", c -> c.dailyLikes(1, NEW_YEAR, null)),
                iae("dailyLikes(1, to before from)", "to must not be before from, was from 2024-01-01 to 2023-12-31",
                        c -> c.dailyLikes(1, NEW_YEAR, NEW_YEAR.minusDays(1))),
                iae("dailyLikes(1, 367 days)", "the range from 2024-01-01 to 2025-01-01 has 367 days, at most 366"
                        + " are allowed", c -> c.dailyLikes(1, NEW_YEAR, NEW_YEAR.plusYears(1))),
                iae("activityOf(1, 0)", "limit must be between 1 and 100, was 0", c -> c.activityOf(1, 0)),
                iae("activityOf(1, 101)", "limit must be between 1 and 100, was 101", c -> c.activityOf(1, 101)),
                npe("postsByIds(null)", "ids", c -> c.postsByIds(null)),
                npe("postsByIds([1, null])", "ids must not contain null", c -> c.postsByIds(Arrays.asList(1L, null))),
                npe("findUserByUsername(null)", "username", c -> c.findUserByUsername(null)),
                npe("getUserByUsername(null)", "username", c -> c.getUserByUsername(null)),
                npe("searchPosts(null)", "search", c -> c.searchPosts(null)),
                npe("createUser(null)", "username", c -> c.createUser(null)),
                iae("createUser(\"\")", "username must not be blank", c -> c.createUser("")),
                iae("createUser(1025 chars)", "username must be at most 1024 characters, was 1025",
                        c -> c.createUser("x".repeat(1025))),
                npe("createPost(1, null)", "content", c -> c.createPost(1, null)),
                iae("createPost(1, \" \")", "content must not be blank", c -> c.createPost(1, " ")),
                npe("importLikes(null)", "likes", c -> c.importLikes(null)),
                npe("importLikes([like, null])", "likes must not contain null",
                        c -> c.importLikes(Arrays.asList(new Like(1, 2), null))),
                iae("alsoLiked(1, 0)", "limit must be between 1 and 100, was 0", c -> c.alsoLiked(1, 0)),
                iae("alsoLiked(1, 101)", "limit must be between 1 and 100, was 101", c -> c.alsoLiked(1, 101)));
    }

    private static CookbookCall npe(String call, String message, Function<Cookbook, Object> run) {
        return new CookbookCall(call, NullPointerException.class, message, run);
    }

    private static CookbookCall iae(String call, String message, Function<Cookbook, Object> run) {
        return new CookbookCall(call, IllegalArgumentException.class, message, run);
    }

    /** The public query classes' methods, reached as a user does: through QueryCookbook's accessors. */
    private static Stream<BadCall> queryCalls() {
        return Stream.of(
                query(IllegalArgumentException.class, "pagingQueries().postsByLikeCountPage(0, 10)",
                        "pageNumber must be at least 1, was 0", q -> q.pagingQueries().postsByLikeCountPage(0, 10)),
                query(IllegalArgumentException.class, "pagingQueries().feed(null, 101)",
                        "limit must be between 1 and 100, was 101", q -> q.pagingQueries().feed(null, 101)),
                query(IllegalArgumentException.class, "aggregateQueries().authorsWithAtLeast(-1)",
                        "minLikes must be 0 or more, was -1", q -> q.aggregateQueries().authorsWithAtLeast(-1)),
                query(NullPointerException.class, "aggregateQueries().likeStatsSince(null)", "since",
                        q -> q.aggregateQueries().likeStatsSince(null)),
                query(NullPointerException.class, "timelineQueries().dailyLikes(1, null, to)", "from",
                        q -> q.timelineQueries().dailyLikes(1, null, NEW_YEAR)),
                query(IllegalArgumentException.class, "timelineQueries().dailyLikes(1, 367 days)",
                        "the range from 2024-01-01 to 2025-01-01 has 367 days, at most 366 are allowed",
                        q -> q.timelineQueries().dailyLikes(1, NEW_YEAR, NEW_YEAR.plusYears(1))),
                query(IllegalArgumentException.class, "timelineQueries().activityOf(1, 0)",
                        "limit must be between 1 and 100, was 0", q -> q.timelineQueries().activityOf(1, 0)),
                query(NullPointerException.class, "manyIdsQueries().postsByIds(null)", "batch",
                        q -> q.manyIdsQueries().postsByIds(null)),
                query(NullPointerException.class, "manyIdsQueries().postsByIds([1, null])",
                        "batch must not contain null", q -> q.manyIdsQueries().postsByIds(Arrays.asList(1L, null))),
                query(NullPointerException.class, "userQueries().byUsername(null)", "username",
                        q -> q.userQueries().byUsername(null)),
                query(NullPointerException.class, "postSearchQueries().search(null)", "search",
                        q -> q.postSearchQueries().search(null)),
                query(NullPointerException.class, "PostSearchQueries.containsPattern(null)", "text",
                        q -> PostSearchQueries.containsPattern(null)),
                query(NullPointerException.class, "writeQueries().createUser(null)", "username",
                        q -> q.writeQueries().createUser(null)),
                query(IllegalArgumentException.class, "writeQueries().createUser(1025 chars)",
                        "username must be at most 1024 characters, was 1025",
                        q -> q.writeQueries().createUser("x".repeat(1025))),
                query(NullPointerException.class, "writeQueries().createPost(1, null)", "content",
                        q -> q.writeQueries().createPost(1, null)),
                query(IllegalArgumentException.class, "writeQueries().createPost(1, \"\")",
                        "content must not be blank", q -> q.writeQueries().createPost(1, "")),
                query(IllegalArgumentException.class, "recommendationQueries().alsoLiked(1, 101)",
                        "limit must be between 1 and 100, was 101", q -> q.recommendationQueries().alsoLiked(1, 101)),
                new BadCall("ExistenceQueries.existingUserIds(null)", NullPointerException.class, "batch",
                        c -> new ExistenceQueries(c.dsl).existingUserIds(null)),
                new BadCall("ExistenceQueries.existingPostIds([1, null])", NullPointerException.class,
                        "batch must not contain null",
                        c -> new ExistenceQueries(c.dsl).existingPostIds(Arrays.asList(1L, null))),
                new BadCall("ImportQueries.likes(null)", NullPointerException.class, "chunk",
                        c -> new ImportQueries(c.dsl).likes(null)),
                new BadCall("PostSearch.withText(null)", NullPointerException.class, "text",
                        c -> PostSearch.all().withText(null)),
                new BadCall("PostSearch minLikes -1", IllegalArgumentException.class,
                        "minLikes must be at least 0, was -1", c -> PostSearch.all().withMinLikes(-1)));
    }

    private static BadCall query(Class<? extends RuntimeException> type, String call, String message,
            Function<QueryCookbook, Object> run) {
        return new BadCall("QueryCookbook." + call, type, message, c -> run.apply(c.queryCookbook));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void rejectsABadArgumentBeforeTheDatabase(BadCall bad) {
        // given a database that counts connections and statements
        Counted counted = new Counted();

        // when, then
        assertThatThrownBy(() -> bad.run().apply(counted))
                .isExactlyInstanceOf(bad.type())
                .hasMessage(bad.message());
        assertThat(List.of(counted.connections.get(), counted.statements.get())).as("connections, statements")
                .containsExactly(0, 0);
    }

    @Test
    void theCountersSeeACallThatReachesTheDatabase() {
        // given
        Counted forQueryCookbook = new Counted();
        Counted forVanillaCookbook = new Counted();

        // when a good call reaches the database, which fails it
        assertThatThrownBy(() -> forQueryCookbook.queryCookbook.postsNewestFirst())
                .hasRootCauseMessage("a bad argument reached the database");
        assertThatThrownBy(() -> forVanillaCookbook.vanillaCookbook.postsNewestFirst())
                .hasRootCauseMessage("a bad argument reached the database");

        // then
        assertThat(List.of(forQueryCookbook.connections.get(), forQueryCookbook.statements.get()))
                .containsExactly(1, 1);
        assertThat(forVanillaCookbook.connections.get()).isOne();
    }
}
