package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SchemaVersions;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Eight instances of an application start at once against one empty database, and each calls
 * {@link CookbookSchema#migrate}: Flyway's lock on the history table lets one apply the migrations; the others wait,
 * then find nothing to do.
 */
@DatabaseSetup(Setup.BLANK)
class ConcurrentMigrateTest {

    private static final int CALLERS = 8;

    @EngineTest
    void eightCallsAtOnceAllSucceedAndApplyEachMigrationExactlyOnce(TestDatabase db) throws Exception {
        // given eight callers held at a latch
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        List<Future<MigrateResult>> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return CookbookSchema.migrate(db.dataSource());
            }));
        }

        // when they are released together
        start.countDown();
        List<MigrateResult> results = new ArrayList<>();
        for (Future<MigrateResult> call : calls) {
            results.add(call.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        // then every call succeeded, the calls ran every version once between them (on MariaDB Flyway's lock is
        // taken per migration, so one call may run V1 and another V2), and the history holds each version once
        assertThat(results).allSatisfy(result -> assertThat(result.success).isTrue());
        List<String> versions = SchemaVersions.of(db.engine());
        assertThat(results.stream().mapToInt(result -> result.migrationsExecuted).sum()).isEqualTo(versions.size());
        assertThat(history(db)).containsExactlyElementsOf(Stream.of(
                "0 BASELINE << Flyway Baseline >> success",
                "1 SQL V1__social_schema.sql success",
                "2 SQL V2__post_like_count.sql success",
                "3 SQL V3__like_count_triggers.sql success",
                "4 SQL V4__scaling_indexes.sql success",
                "5 SQL V5__username_certifiable_key.sql success")
                .filter(line -> SchemaVersions.recorded(db.engine()).contains(line.substring(0, 1))).toList());
        CookbookSchema.flyway(db.dataSource()).validate();
        assertThat(db.queryCookbook().postsNewestFirst()).isEmpty();
    }

    /**
     * The versioned rows of the history table (a baseline would be one, version 0) in the order Flyway installed
     * them; on H2 Flyway also writes a version-less row of type TABLE when it creates the table.
     */
    static List<String> history(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(historyQuery(connection.getMetaData().getIdentifierQuoteString()))) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                        + (rows.getBoolean(4) ? "success" : "failed"));
            }
            return lines;
        }
    }

    /** Flyway creates the table with quoted lower-case names, which H2 would otherwise look up upper-cased. */
    private static String historyQuery(String q) {
        return String.format("SELECT %1$sversion%1$s, %1$stype%1$s, %1$sscript%1$s, %1$ssuccess%1$s FROM %1$s%2$s%1$s"
                + " WHERE %1$sversion%1$s IS NOT NULL ORDER BY %1$sinstalled_rank%1$s", q, CookbookSchema.HISTORY_TABLE);
    }
}
