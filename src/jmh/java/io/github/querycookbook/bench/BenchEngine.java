package io.github.querycookbook.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.jooq.SQLDialect;

/** The engines the suite runs on, each with one database per data size, kept between runs on the servers. */
public enum BenchEngine {
    H2(SQLDialect.H2),
    POSTGRES(SQLDialect.POSTGRES),
    MARIADB(SQLDialect.MARIADB);

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String MARIA = "jdbc:mariadb://127.0.0.1:3306/";

    private final SQLDialect dialect;

    BenchEngine(SQLDialect dialect) {
        this.dialect = dialect;
    }

    /** The engine called {@code name} in any case: h2, postgres or mariadb. */
    public static BenchEngine of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** Lower case, as in the {@code engine} parameter and the report. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A new connection to the database for {@code likes}, created empty if missing. H2 lives in memory, in this JVM,
     * with result reuse off: otherwise it replays the cached result of a repeated query instead of running it.
     */
    public Connection connect(int likes) throws SQLException {
        String database = "qcb_bench_" + likes;
        return switch (this) {
            case H2 -> DriverManager.getConnection(
                    "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=0");
            case POSTGRES -> {
                try (Connection admin = DriverManager.getConnection(PG + "postgres?user=postgres");
                     Statement statement = admin.createStatement()) {
                    if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'").next()) {
                        statement.execute("CREATE DATABASE " + database
                                + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
                    }
                }
                yield DriverManager.getConnection(PG + database + "?user=postgres&reWriteBatchedInserts=true");
            }
            case MARIADB -> {
                try (Connection admin = DriverManager.getConnection(MARIA + "?user=root");
                     Statement statement = admin.createStatement()) {
                    statement.execute("CREATE DATABASE IF NOT EXISTS " + database);
                }
                Connection connection = DriverManager.getConnection(MARIA + database + "?user=root");
                try (Statement statement = connection.createStatement()) {
                    // postsByLikeCountJson and the nested recipes aggregate with group_concat, 1 MiB by default.
                    statement.execute("SET SESSION group_concat_max_len = 1073741824");
                }
                yield connection;
            }
        };
    }
}
