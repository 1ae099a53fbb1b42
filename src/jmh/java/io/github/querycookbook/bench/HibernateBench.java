package io.github.querycookbook.bench;

import io.github.querycookbook.bench.hibernate.HibernateCookbook;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
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
 * The three seed recipes and the nested one through Hibernate 7, on the trial's one connection; the report sets
 * each beside {@link CookbookBench}'s jOOQ figure for the same recipe, engine and size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HibernateBench {

    @Param({"h2", "postgres", "mariadb"})
    public String engine;

    @Param({"10000", "100000", "1000000"})
    public int likes;

    @Param({"postsNewestFirst", "postsByLikeCount", "likersOfPostsBy", "postsWithLikers"})
    public String hibernateRecipe;

    private SingleConnection connection;
    private HibernateCookbook hibernate;
    private Binds binds;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        BenchEngine db = BenchEngine.of(engine);
        connection = BenchDatabase.open(db, likes);
        hibernate = new HibernateCookbook(connection);
        binds = new Binds(LoadedData.of(db, likes, connection));
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        hibernate.close();
        connection.connection().close();
    }

    @Benchmark
    public Object hibernate() {
        binds.next();
        return switch (hibernateRecipe) {
            case "postsNewestFirst" -> hibernate.postsNewestFirst();
            case "postsByLikeCount" -> hibernate.postsByLikeCount();
            case "likersOfPostsBy" -> hibernate.likersOfPostsBy(binds.authorId());
            case "postsWithLikers" -> hibernate.postsWithLikers();
            default -> throw new IllegalArgumentException("no Hibernate variant of " + hibernateRecipe);
        };
    }
}
