package io.github.querycookbook.perf;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.QueryCookbook;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * What a MariaDB Galera cluster costs the cookbook, in ratios from one run: the throughput of {@code like} and
 * {@code unlike} from 8 threads on the single server, on one node of the cluster and on the whole cluster through
 * {@code loadbalance}; then the latency of {@code hasLiked} and {@code postsBy} on one node with {@code
 * wsrep_sync_wait} 0 and 7, the two interleaved call by call. Each target gets a database {@code perf_cluster} of its
 * own, made anew. A harness, not a test; it needs the single server on 3306 and the tests' cluster on 3311-3313
 * (a run of the suite leaves it running):
 * <pre>
 * ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.querycookbook.perf.ClusterCheck
 * </pre>
 */
public final class ClusterCheck {

    private static final int THREADS = 8;
    /** Users, each the author of one post. */
    private static final int USERS = 200;
    private static final long WARM_UP_MILLIS = 5_000;
    private static final long MEASURE_MILLIS = 10_000;
    private static final int READ_WARM_UP = 20_000;
    private static final int READS = 5_000;
    private static final String DATABASE = "perf_cluster";

    private ClusterCheck() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("com.zaxxer.hikari").setLevel(Level.WARNING);
        List<String> targets = List.of("jdbc:mariadb://127.0.0.1:3306/", "jdbc:mariadb://127.0.0.1:3311/",
                "jdbc:mariadb:loadbalance://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/");
        List<String> names = List.of("single server", "one cluster node", "3-node cluster");
        double[] throughput = new double[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            try (HikariDataSource pool = pool(fresh(targets.get(i)) + "&sessionVariables=wsrep_sync_wait=7")) {
                throughput[i] = likesPerSecond(new QueryCookbook(DSL.using(pool, SQLDialect.MARIADB)));
            }
            System.out.printf("like/unlike, %d threads, %-18s %8.0f calls/s  %5.2fx the single server%n", THREADS,
                    names.get(i) + ":", throughput[i], throughput[i] / throughput[0]);
        }
        String node = fresh("jdbc:mariadb://127.0.0.1:3311/");
        try (HikariDataSource causal = pool(node + "&sessionVariables=wsrep_sync_wait=7");
                HikariDataSource plain = pool(node + "&sessionVariables=wsrep_sync_wait=0")) {
            QueryCookbook withWait = new QueryCookbook(DSL.using(causal, SQLDialect.MARIADB));
            QueryCookbook withoutWait = new QueryCookbook(DSL.using(plain, SQLDialect.MARIADB));
            likesPerSecond(withWait);
            List<Long> users = userIds(withWait);
            List<Long> posts = postIds(withWait);
            for (String recipe : List.of("hasLiked", "postsBy")) {
                long[] medians = readMedians(recipe, users, posts, withoutWait, withWait);
                System.out.printf("%-8s on one node, median: wsrep_sync_wait=0 %5d µs, =7 %5d µs  %5.2fx%n", recipe,
                        medians[0], medians[1], (double) medians[1] / medians[0]);
            }
        }
    }

    /**
     * Makes {@value #DATABASE} anew through {@code base}'s first server, migrated, with users and posts, and returns
     * its URL. On the cluster, it first waits until every node has the new database, which opening a connection to it
     * does not wait for.
     */
    private static String fresh(String base) throws SQLException {
        String first = "jdbc:mariadb://" + base.replaceFirst("^jdbc:mariadb:(loadbalance:)?//", "").split("[,/]")[0];
        try (Connection connection = DriverManager.getConnection(first + "/?user=root");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        if (!first.endsWith(":3306")) {
            for (int port = 3311; port <= 3313; port++) {
                try (Connection node = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?user=root");
                        Statement statement = node.createStatement()) {
                    statement.execute("SET STATEMENT wsrep_sync_wait = 15 FOR SELECT 1");
                }
            }
        }
        String url = base + DATABASE + "?user=root";
        try (HikariDataSource pool = pool(url + "&sessionVariables=wsrep_sync_wait=7")) {
            CookbookSchema.migrate(pool);
            QueryCookbook cookbook = new QueryCookbook(DSL.using(pool, SQLDialect.MARIADB));
            for (int user = 1; user <= USERS; user++) {
                cookbook.createPost(cookbook.createUser("user " + user).id(), "post of user " + user);
            }
        }
        return url;
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(THREADS);
        return new HikariDataSource(config);
    }

    /** Calls per second of random likes and unlikes from {@value #THREADS} threads, after a warm-up of the same. */
    private static double likesPerSecond(QueryCookbook cookbook) throws Exception {
        List<Long> users = userIds(cookbook);
        List<Long> posts = postIds(cookbook);
        storm(cookbook, users, posts, WARM_UP_MILLIS);
        return storm(cookbook, users, posts, MEASURE_MILLIS) * 1_000.0 / MEASURE_MILLIS;
    }

    /** The authors' ids: on the cluster each node hands out ids in steps of three, so they are read, not counted. */
    private static List<Long> userIds(QueryCookbook cookbook) {
        return cookbook.postsByLikeCount().stream().map(post -> post.userId()).distinct().toList();
    }

    private static List<Long> postIds(QueryCookbook cookbook) {
        return cookbook.postsByLikeCount().stream().map(post -> post.id()).toList();
    }

    private static long storm(QueryCookbook cookbook, List<Long> users, List<Long> posts, long millis)
            throws Exception {
        LongAdder calls = new LongAdder();
        long end = System.currentTimeMillis() + millis;
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                SplittableRandom random = new SplittableRandom(t);
                running.add(threads.submit(() -> {
                    while (System.currentTimeMillis() < end) {
                        long user = users.get(random.nextInt(users.size()));
                        long post = posts.get(random.nextInt(posts.size()));
                        if (random.nextBoolean()) {
                            cookbook.like(user, post);
                        } else {
                            cookbook.unlike(user, post);
                        }
                        calls.increment();
                    }
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }
        return calls.sum();
    }

    /** Median µs of {@code recipe} on each cookbook, the two interleaved call by call after their warm-up. */
    private static long[] readMedians(String recipe, List<Long> users, List<Long> posts,
            QueryCookbook... cookbooks) {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < READ_WARM_UP; i++) {
            for (QueryCookbook cookbook : cookbooks) {
                read(recipe, cookbook, users.get(random.nextInt(users.size())),
                        posts.get(random.nextInt(posts.size())));
            }
        }
        long[][] nanos = new long[cookbooks.length][READS];
        for (int i = 0; i < READS; i++) {
            for (int c = 0; c < cookbooks.length; c++) {
                long user = users.get(random.nextInt(users.size()));
                long post = posts.get(random.nextInt(posts.size()));
                long start = System.nanoTime();
                read(recipe, cookbooks[c], user, post);
                nanos[c][i] = System.nanoTime() - start;
            }
        }
        return Arrays.stream(nanos).mapToLong(times -> {
            Arrays.sort(times);
            return times[times.length / 2] / 1_000;
        }).toArray();
    }

    private static void read(String recipe, QueryCookbook cookbook, long user, long post) {
        if (recipe.equals("hasLiked")) {
            cookbook.hasLiked(user, post);
        } else {
            cookbook.postsBy(user);
        }
    }
}
