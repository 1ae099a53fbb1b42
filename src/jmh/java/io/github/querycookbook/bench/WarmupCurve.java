package io.github.querycookbook.bench;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.VanillaSqlCookbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jooq.impl.DSL;

/**
 * The warm-up curve of a point query, once: {@code findPost} through jOOQ and through JDBC, alternating on one
 * connection in a fresh JVM, with the median time of every block of 1,000 calls. It shows how many calls jOOQ
 * needs before the JIT has compiled its rendering and execution path, which is what the benchmarks' warm-up must
 * cover. Arguments: engine, likes, calls, output CSV.
 */
public final class WarmupCurve {

    private static final int BLOCK = 1_000;

    private WarmupCurve() {
    }

    public static void main(String[] args) throws Exception {
        BenchEngine engine = BenchEngine.of(args[0]);
        int likes = Integer.parseInt(args[1]);
        int blocks = Integer.parseInt(args[2]) / BLOCK;
        run(engine, likes, blocks, Path.of(args[3]));
    }

    private static void run(BenchEngine engine, int likes, int blocks, Path csv) throws Exception {
        SingleConnection connection = BenchDatabase.open(engine, likes);
        Cookbook jooq = new QueryCookbook(DSL.using(connection, engine.dialect()));
        Cookbook jdbc = new VanillaSqlCookbook(connection);
        Binds binds = new Binds(LoadedData.of(engine, likes, connection));
        long[] jooqTimes = new long[BLOCK];
        long[] jdbcTimes = new long[BLOCK];
        Files.createDirectories(csv.toAbsolutePath().getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv))) {
            out.println("engine,likes,calls,jooq_median_us,jdbc_median_us");
            for (int block = 1; block <= blocks; block++) {
                for (int i = 0; i < BLOCK; i++) {
                    jooqTimes[i] = time(jooq, binds.next());
                    jdbcTimes[i] = time(jdbc, binds);
                }
                out.printf("%s,%d,%d,%.1f,%.1f%n", engine.label(), likes, block * BLOCK,
                        median(jooqTimes) / 1e3, median(jdbcTimes) / 1e3);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + csv, e);
        } finally {
            connection.connection().close();
        }
    }

    private static long time(Cookbook cookbook, Binds binds) {
        long start = System.nanoTime();
        if (cookbook.findPost(binds.postId()).isEmpty()) {
            throw new IllegalStateException("post " + binds.postId() + " is missing");
        }
        return System.nanoTime() - start;
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return (sorted[BLOCK / 2 - 1] + sorted[BLOCK / 2]) / 2.0;
    }
}
