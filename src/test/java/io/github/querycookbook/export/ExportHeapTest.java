package io.github.querycookbook.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;

/**
 * The export's heap stays flat: a JVM started with {@code -Xmx64m} ({@link ExportHeapProbe}) exports
 * {@value #DEFAULT_POSTS} posts of {@value #DEFAULT_CONTENT_LENGTH} characters (about 100 MB of CSV) through each
 * cookbook, and the same query run with {@code fetchLazy()} alone, which the drivers buffer, dies of
 * {@code OutOfMemoryError} on PostgreSQL and MariaDB. H2 is reached through a TCP server in this JVM: in memory and
 * embedded it would hold the data in the probe's own heap. {@code -Dcookbook.export.posts=1000000} runs it at
 * 10<sup>6</sup> (not in CI; it measured 7–12 MB live after GC at both sizes).
 */
@DatabaseSetup(Setup.MIGRATED)
class ExportHeapTest {

    private static final int DEFAULT_POSTS = 100_000;
    private static final int DEFAULT_CONTENT_LENGTH = 1000;
    private static final int POSTS = Integer.getInteger("cookbook.export.posts", DEFAULT_POSTS);
    private static final int CONTENT_LENGTH = Integer.getInteger("cookbook.export.contentLength",
            DEFAULT_CONTENT_LENGTH);
    private static final long HEAP_LIMIT = 64L << 20;
    private static final Pattern EXPORTED = Pattern.compile(
            "EXPORTED rows=(\\d+) chars=(\\d+) peakHeap=(\\d+) maxLiveAfterGc=(\\d+) millis=(\\d+)");

    @EngineTest
    void bothCookbooksExportEveryPostInA64MbHeapWhereFetchLazyAloneRunsOutOfMemory(TestDatabase db)
            throws Exception {
        // given POSTS posts, every tenth liked once
        load(db);
        Server h2 = db.engine() == Engine.H2 ? Server.createTcpServer("-tcpPort", "0").start() : null;
        try {
            String url = h2 == null ? db.jdbcUrl() : overTcp(db.jdbcUrl(), h2.getPort());
            for (String mode : List.of("jooq", "twin")) {
                // when
                String output = probe(url, mode);

                // then
                Matcher exported = EXPORTED.matcher(output);
                assertThat(exported.find()).as("%s on %s printed %s", mode, db, output).isTrue();
                System.out.printf("[export heap] %s %s: %s%n", db, mode, exported.group());
                assertThat(Long.parseLong(exported.group(1))).as("rows").isEqualTo(POSTS);
                assertThat(Long.parseLong(exported.group(2))).as("characters").isEqualTo(expectedCsvLength());
                assertThat(Long.parseLong(exported.group(3))).as("peak heap").isLessThan(HEAP_LIMIT);
            }
            if (db.engine() != Engine.H2 && POSTS == DEFAULT_POSTS) {
                // and without a fetch size and a transaction the driver reads the whole result first
                assertThat(probe(url, "naive")).as("fetchLazy() alone on %s", db)
                        .contains("java.lang.OutOfMemoryError").doesNotContain("EXPORTED");
            }
        } finally {
            if (h2 != null) {
                h2.stop();
            }
        }
    }

    /**
     * Inserts the posts with the engine's own row generator, then likes every tenth post through a JDBC batch, and
     * checks both counts. Not an {@code INSERT … SELECT} for the likes: MariaDB 11.4.5 (the embedded one) rejects any
     * {@code INSERT … SELECT} into a table with a BEFORE INSERT trigger, as {@code post_likes} has on MariaDB (V3),
     * with "Column 'post_id' cannot be null"; MariaDB 10.11 runs it.
     */
    private static void load(TestDatabase db) throws SQLException {
        String content = "repeat('x', " + CONTENT_LENGTH + ")";
        String posts = switch (db.engine()) {
            case POSTGRES -> "insert into posts (id, user_id, content) select g, 1, " + content
                    + " from generate_series(1, " + POSTS + ") g";
            case MARIADB, GALERA -> "insert into posts (id, user_id, content) select seq, 1, " + content
                    + " from seq_1_to_" + POSTS;
            case H2 -> "insert into posts (id, user_id, content) select x, 1, " + content
                    + " from system_range(1, " + POSTS + ")";
        };
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                PreparedStatement like = connection.prepareStatement(
                        "insert into post_likes (post_id, user_id) values (?, 1)")) {
            statement.executeUpdate("insert into users (id, username) values (1, 'heap')");
            assertThat(statement.executeUpdate(posts)).as("posts inserted on %s", db).isEqualTo(POSTS);
            for (int postId = 1; postId <= POSTS; postId += 10) {
                like.setInt(1, postId);
                like.addBatch();
            }
            like.executeBatch();
            try (ResultSet likes = statement.executeQuery("select count(*) from post_likes")) {
                assertThat(likes.next()).isTrue();
                assertThat(likes.getLong(1)).as("likes on %s", db).isEqualTo((POSTS + 9) / 10);
            }
        }
    }

    /** The header, then per post: its id, {@code ,1,}, the content, {@code ,} and a one-digit count, CRLF. */
    private static long expectedCsvLength() {
        long length = ExportWriter.CSV_HEADER.length();
        for (int id = 1; id <= POSTS; id++) {
            length += String.valueOf(id).length() + 3 + CONTENT_LENGTH + 2 + 2;
        }
        return length;
    }

    /** The test class's in-memory H2 database, reached from another JVM through the TCP server in this one. */
    private static String overTcp(String memUrl, int port) {
        String name = memUrl.substring("jdbc:h2:mem:".length(), memUrl.indexOf(';'));
        return "jdbc:h2:tcp://localhost:" + port + "/mem:" + name;
    }

    /** Runs the probe in a JVM with a 64 MB heap, on this test's classpath, and returns what it printed. */
    private static String probe(String url, String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), ExportHeapProbe.class.getName(), url, mode)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the probe ended").isTrue();
        return output + "exit status " + process.exitValue();
    }
}
