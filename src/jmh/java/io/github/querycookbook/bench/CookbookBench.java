package io.github.querycookbook.bench;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.VanillaSqlCookbook;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
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
 * Each read recipe through {@link QueryCookbook} (jOOQ) and through {@link VanillaSqlCookbook} (JDBC with the same
 * SQL, the practical floor), on one connection per trial, with new bind values per call. Sample mode gives the
 * median beside the mean; {@link BenchRun} adds {@code -prof gc} for the allocation per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CookbookBench {

    @Param({"h2", "postgres", "mariadb"})
    public String engine;

    @Param({"10000", "100000", "1000000"})
    public int likes;

    /**
     * A key of {@link RecipeCalls#ALL}, a colon and {@code jooq} or {@code jdbc}. One parameter for both, so that
     * {@link BenchRun} can order the trials {@code findPost:jdbc, findPost:jooq, …}: in a shared JVM an embedded
     * H2 warms up its own engine code during the first trials, which would favour whichever variant runs later.
     */
    @Param({"findPost:jdbc", "findPost:jooq"})
    public String recipe;

    private SingleConnection connection;
    private Cookbook cookbook;
    private Binds binds;
    private BiFunction<Cookbook, Binds, Object> call;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        BenchEngine db = BenchEngine.of(engine);
        connection = BenchDatabase.open(db, likes);
        String[] nameAndVia = recipe.split(":");
        cookbook = nameAndVia[1].equals("jooq")
                ? new QueryCookbook(DSL.using(connection, db.dialect()))
                : new VanillaSqlCookbook(connection);
        binds = new Binds(LoadedData.of(db, likes, connection));
        call = RecipeCalls.ALL.get(nameAndVia[0]);
        if (call == null) {
            throw new IllegalArgumentException("no read recipe called " + recipe + "; known: " + RecipeCalls.ALL.keySet());
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.connection().close();
    }

    @Benchmark
    public Object call() {
        return call.apply(cookbook, binds.next());
    }
}
