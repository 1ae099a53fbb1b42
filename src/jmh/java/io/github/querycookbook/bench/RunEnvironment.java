package io.github.querycookbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** What the report's header says about a run: recorded when it starts, completed with versions when it reports. */
final class RunEnvironment {

    private static final String FILE = "run.properties";

    private RunEnvironment() {
    }

    static void record(Path out, String engines, String sizes, String jmhOptions) throws IOException {
        Properties run = new Properties();
        run.setProperty("started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        run.setProperty("engines", engines);
        run.setProperty("likes", sizes);
        run.setProperty("jmh", jmhOptions);
        try (var writer = Files.newBufferedWriter(out.resolve(FILE))) {
            run.store(writer, "bench run");
        }
    }

    static Map<String, String> describe(Path out) throws IOException {
        Properties run = new Properties();
        if (Files.exists(out.resolve(FILE))) {
            try (var reader = Files.newBufferedReader(out.resolve(FILE))) {
                run.load(reader);
            }
        }
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Run", run.getProperty("started", "?") + " (UTC); engines " + run.getProperty("engines", "?")
                + "; likes " + run.getProperty("likes", "?") + "; JMH options `" + run.getProperty("jmh", "?") + "`"
                + (run.containsKey("scope") ? ". " + run.getProperty("scope") : ""));
        lines.put("Machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + "; a shared build machine, so absolute times are noisy and ratios "
                + "are the figures to read. In quick mode a whole-table recipe gets 3 × 0.3 s of warm-up and of "
                + "measurement, at least one call each: at 10^6 likes, where a call takes seconds, that is a few calls "
                + "and a JIT not fully warm");
        lines.put("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        lines.put("Libraries", "jOOQ " + org.jooq.Constants.FULL_VERSION + ", Hibernate ORM "
                + org.hibernate.Version.getVersionString() + ", JMH 1.37");
        StringBuilder engines = new StringBuilder();
        for (String engine : run.getProperty("engines", "h2,postgres,mariadb").split(",")) {
            BenchEngine db = BenchEngine.of(engine);
            try (Connection connection = db.connect(Integer.parseInt(run.getProperty("likes", "10000").split(",")[0]))) {
                engines.append(engines.length() == 0 ? "" : ", ").append(connection.getMetaData().getDatabaseProductName())
                        .append(' ').append(connection.getMetaData().getDatabaseProductVersion());
            } catch (SQLException e) {
                engines.append(engines.length() == 0 ? "" : ", ").append(engine).append(" (version unknown: ")
                        .append(e.getMessage()).append(')');
            }
        }
        lines.put("Engines", engines.toString());
        lines.put("Command", "`./mvnw -Pbenchmarks verify` (knobs: the package-info of io.github.querycookbook.bench)");
        return lines;
    }
}
