package io.github.querycookbook.bench;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multisetAgg;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.GroupConcatGuard;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.VanillaSqlCookbook;
import io.github.querycookbook.bench.hibernate.HibernateCookbook;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostWithLikers;
import io.github.querycookbook.rendering.RenderCache;
import io.github.querycookbook.rendering.RenderedQueries;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.ResultQuery;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The nested recipe at 100 parents (a block of 100 post ids that moves every call): MULTISET as in
 * {@code NestedQueries.postsWithLikers}, the hand-written JOIN with de-duplication in Java, Hibernate's
 * {@code join fetch}, and the N+1 loop of the recipe's Javadoc, once through jOOQ and once through JDBC. The MULTISET
 * query goes through a {@link RenderedQueries} cache as the recipes do, so it is rendered once, not per call: what is
 * left to compare is the SQL and the reading of its nested JSON, not the rendering. {@code multisetSql} runs that SQL
 * through plain JDBC without parsing the JSON: the database's share of MULTISET.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NestedBench {

    static final int PARENTS = 100;

    @Param({"h2", "postgres", "mariadb"})
    public String engine;

    @Param({"10000", "100000", "1000000"})
    public int likes;

    private SingleConnection connection;
    private DSLContext dsl;
    private Cookbook jooq;
    private Cookbook jdbc;
    private HibernateCookbook hibernate;
    private JoinedLikers joined;
    private MultisetSql multisetSql;
    private Binds binds;
    private RenderedQueries rendered;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        BenchEngine db = BenchEngine.of(engine);
        connection = BenchDatabase.open(db, likes);
        dsl = GroupConcatGuard.prepare(DSL.using(connection, db.dialect()));
        rendered = new RenderedQueries(dsl, new RenderCache(RenderCache.DEFAULT_CAPACITY));
        jooq = new QueryCookbook(DSL.using(connection, db.dialect()));
        jdbc = new VanillaSqlCookbook(connection);
        hibernate = new HibernateCookbook(connection);
        joined = new JoinedLikers(connection.connection());
        multisetSql = new MultisetSql(connection.connection(), postsWithLikersBetween(0, 0).getSQL());
        binds = new Binds(LoadedData.of(db, likes, connection));
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        hibernate.close();
        joined.close();
        multisetSql.close();
        connection.connection().close();
    }

    @Benchmark
    public List<PostWithLikers> multiset() {
        long first = binds.next().blockStart(PARENTS);
        long last = first + PARENTS - 1;
        return rendered.query("NestedBench.multiset", 0,
                        io.github.querycookbook.rendering.Binds.of("first", first).and("last", last),
                        () -> postsWithLikersBetween(first, last))
                .fetch(Records.mapping(PostWithLikers::new));
    }

    private ResultQuery<Record3<Long, String, List<String>>> postsWithLikersBetween(long first, long last) {
        Field<List<String>> likers = field(select(multisetAgg(USERS.USERNAME).orderBy(USERS.USERNAME))
                .from(POST_LIKES)
                .join(USERS).on(USERS.ID.eq(POST_LIKES.USER_ID))
                .where(POST_LIKES.POST_ID.eq(POSTS.ID)))
                .convertFrom(names -> names == null ? List.of() : names.map(Record1::value1));
        return dsl.select(POSTS.ID, POSTS.CONTENT, likers.as("likers"))
                .from(POSTS)
                .where(POSTS.ID.between(param("first", first), param("last", last)))
                .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc());
    }

    @Benchmark
    public long multisetSql() throws SQLException {
        long first = binds.next().blockStart(PARENTS);
        return multisetSql.between(first, first + PARENTS - 1);
    }

    @Benchmark
    public List<PostWithLikers> join() throws SQLException {
        long first = binds.next().blockStart(PARENTS);
        return joined.between(first, first + PARENTS - 1);
    }

    @Benchmark
    public List<PostWithLikers> hibernate() {
        long first = binds.next().blockStart(PARENTS);
        return hibernate.postsWithLikers(first, first + PARENTS - 1);
    }

    @Benchmark
    public List<PostWithLikers> nPlusOneJooq() {
        return nPlusOne(jooq);
    }

    @Benchmark
    public List<PostWithLikers> nPlusOneJdbc() {
        return nPlusOne(jdbc);
    }

    /** One query for the posts, one more per post for its likers. */
    private List<PostWithLikers> nPlusOne(Cookbook cookbook) {
        long first = binds.next().blockStart(PARENTS);
        List<Long> ids = new ArrayList<>(PARENTS);
        for (long id = first; id < first + PARENTS; id++) {
            ids.add(id);
        }
        List<PostWithLikers> result = new ArrayList<>(PARENTS);
        for (Post post : cookbook.postsByIds(ids)) {
            result.add(new PostWithLikers(post.id(), post.content(), cookbook.likersOf(post.id())));
        }
        return result;
    }
}
