package io.github.querycookbook.generator;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jooq.tools.jdbc.SingleConnectionDataSource;

/**
 * The generator's command line:
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.mainClass=io.github.querycookbook.generator.GenerateData \
 *     -Dexec.args="--users 10000 --posts 100000 --likes 1000000 \
 *         --url jdbc:postgresql://127.0.0.1:5432/gen_bench --user postgres"
 * </pre>
 * It prints a progress bar on stderr and one summary line on stdout. Exit status: 0 when loaded, 1 when the load
 * fails (no connection, tables not empty, a database error), 2 on bad arguments, with the usage.
 */
public final class GenerateData {

    static final int LOADED = 0;
    static final int FAILED = 1;
    static final int BAD_ARGUMENTS = 2;

    /** Held so the level set on them is not lost to garbage collection of the loggers. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"));

    private GenerateData() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        System.exit(run(System.out, System.err, System.console() != null, args));
    }

    /** Runs the command line; {@code terminal} says whether stderr can redraw a line in place. */
    static int run(PrintStream out, PrintStream err, boolean terminal, String... args) {
        GenerateDataOptions options;
        try {
            options = GenerateDataOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("generate-data: " + e.getMessage() + System.lineSeparator() + GenerateDataOptions.USAGE);
            return BAD_ARGUMENTS;
        }
        if (options.help()) {
            out.println(GenerateDataOptions.HELP);
            return LOADED;
        }
        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            LoadReport report = new DataGenerator(options.spec()).load(new SingleConnectionDataSource(connection),
                    new ProgressBar(err, terminal, System::nanoTime));
            out.println(report.summary());
            return LOADED;
        } catch (SQLException e) {
            err.println("generate-data: cannot connect to " + options.url() + ": " + firstLine(e));
        } catch (RuntimeException e) {
            err.println("generate-data: " + firstLine(e));
        }
        return FAILED;
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
    }
}
