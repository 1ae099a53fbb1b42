package io.github.querycookbook.perf;

import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.QueryCookbook;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Measures how the recipes' latency grows with the data: loads a PostgreSQL database per size ({@code perf_scaling_}
 * and the number of likes, kept for the next run), then times each recipe on one connection per size, interleaving
 * the sizes call by call, and prints the median per size and their ratio. A harness, not a test:
 * <pre>
 * ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.querycookbook.perf.ScalingCheck -Dexec.args="100000 1000000"
 * </pre>
 * Options after the sizes: {@code --warmup N} (calls per size before timing, default 20000), {@code --calls N}
 * (timed calls per size, default 2000), {@code --global N} (also time the recipes that read everything, N calls
 * each), {@code --reload} (reload the data), {@code --host H:P} (default 127.0.0.1:5432, user postgres).
 */
public final class ScalingCheck {

    private ScalingCheck() {
    }

    public static void main(String[] args) throws SQLException {
        // Flyway reports each migration at INFO, which would bury the table
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Options options = Options.parse(args);
        List<Loaded> sizes = new ArrayList<>();
        for (long likes : options.sizes()) {
            sizes.add(Loaded.open(options, likes));
        }
        List<ScalingRecipes.Timed> recipes = new ArrayList<>(ScalingRecipes.indexDriven(options.warmUp(),
                options.calls()));
        if (options.globalCalls() > 0) {
            recipes.addAll(ScalingRecipes.global(options.globalCalls()));
        }
        System.out.printf("%-28s%s  growth%n", "recipe (median µs)", header(sizes));
        for (ScalingRecipes.Timed recipe : recipes) {
            long[] medians = Latency.medians(recipe, sizes);
            StringBuilder row = new StringBuilder(String.format("%-28s", recipe.name()));
            Arrays.stream(medians).forEach(m -> row.append(String.format("%16d", m)));
            row.append(String.format("  %5.2fx", (double) medians[medians.length - 1] / medians[0]));
            System.out.println(row);
        }
        for (Loaded size : sizes) {
            size.connection().close();
        }
    }

    private static String header(List<Loaded> sizes) {
        StringBuilder header = new StringBuilder();
        sizes.forEach(s -> header.append(String.format("%16s", s.size().likes() + " likes")));
        return header.toString();
    }

    /** One size's database, its rows and the one connection its recipes run on. */
    record Loaded(ScaleData.Size size, Connection connection, QueryCookbook cookbook, SplittableRandom random) {

        static Loaded open(Options options, long likes) throws SQLException {
            String name = "perf_scaling_" + likes;
            String base = "jdbc:postgresql://" + options.host() + "/";
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(base + name + "?user=postgres");
            ScaleData.Size size;
            try (Connection admin = DriverManager.getConnection(base + "postgres?user=postgres");
                 Statement statement = admin.createStatement()) {
                boolean exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")
                        .next();
                if (exists && !options.reload()) {
                    size = ScaleData.sizeOf(dataSource);
                } else {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    statement.execute("CREATE DATABASE " + name
                            + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
                    CookbookSchema.migrate(dataSource);
                    long start = System.nanoTime();
                    size = ScaleData.load(dataSource, likes);
                    System.out.printf("loaded %s in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
                }
            }
            Connection connection = dataSource.getConnection();
            return new Loaded(size, connection, new QueryCookbook(DSL.using(connection, SQLDialect.POSTGRES)),
                    new SplittableRandom(likes));
        }
    }

    record Options(List<Long> sizes, int warmUp, int calls, int globalCalls, boolean reload, String host) {

        static Options parse(String[] args) {
            List<Long> sizes = new ArrayList<>();
            Map<String, String> values = new HashMap<>(Map.of("--warmup", "20000", "--calls", "2000",
                    "--global", "0", "--host", "127.0.0.1:5432"));
            boolean reload = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--reload")) {
                    reload = true;
                } else if (args[i].startsWith("--")) {
                    values.put(args[i], args[++i]);
                } else {
                    sizes.add(Long.parseLong(args[i].replace("_", "")));
                }
            }
            return new Options(sizes.isEmpty() ? List.of(100_000L, 1_000_000L) : sizes,
                    Integer.parseInt(values.get("--warmup")), Integer.parseInt(values.get("--calls")),
                    Integer.parseInt(values.get("--global")), reload, values.get("--host"));
        }
    }
}
