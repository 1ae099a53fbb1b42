package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.model.ExportFormat;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.Pool;
import io.github.querycookbook.testing.TestDatabase;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * What the streaming export does with bad arguments and with a writer that fails: a {@link NullPointerException}
 * naming the parameter before any connection is taken, and the writer's {@link IOException} as an
 * {@link UncheckedIOException} that says how far the export got, with the connection given back to the pool.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class ExportFailuresTest {

    @Test
    void rejectsANullWriterOrFormatBeforeTakingAConnection() {
        // given a data source that counts the connections asked for, and fails them
        AtomicInteger connections = new AtomicInteger();
        DataSource counting = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (self, method, args) -> {
                    connections.incrementAndGet();
                    throw new SQLException("a bad argument reached the database");
                });
        List<Cookbook> cookbooks = List.of(new QueryCookbook(DSL.using(counting, SQLDialect.H2)),
                new VanillaSqlCookbook(counting));

        for (Cookbook cookbook : cookbooks) {
            // when, then
            assertThatThrownBy(() -> cookbook.exportPostLikeCounts(null, ExportFormat.CSV))
                    .isExactlyInstanceOf(NullPointerException.class).hasMessage("out");
            assertThatThrownBy(() -> cookbook.exportPostLikeCounts(new StringWriter(), null))
                    .isExactlyInstanceOf(NullPointerException.class).hasMessage("format");
        }
        assertThat(connections).hasValue(0);
    }

    @EngineTest
    void surfacesAFailingWriterAsUncheckedIoExceptionAndReleasesTheConnection(TestDatabase db) {
        // two connections: the twin reads the engine's name on a second one the first time it runs a file
        try (Pool pool = Pool.of(db, 2)) {
            List<Function<Pool, Cookbook>> cookbooks = List.of(Pool::queryCookbook, Pool::vanillaCookbook);
            for (Function<Pool, Cookbook> of : cookbooks) {
                // given a writer whose disk fills up after the header and three posts
                Cookbook cookbook = of.apply(pool);
                IOException diskFull = new IOException("No space left on device");

                // when, then
                assertThatThrownBy(() -> cookbook.exportPostLikeCounts(new FailingWriter(4, diskFull),
                        ExportFormat.CSV))
                        .isExactlyInstanceOf(UncheckedIOException.class)
                        .hasMessage("exportPostLikeCounts: the writer failed after 3 posts: No space left on device")
                        .hasCause(diskFull);
                assertThat(pool.activeConnections()).as("connections still borrowed").isZero();

                // and the pool's connections, back in auto-commit, serve the next export in full
                StringWriter out = new StringWriter();
                assertThat(cookbook.exportPostLikeCounts(out, ExportFormat.JSON_LINES)).isEqualTo(8);
                assertThat(out.toString().lines()).hasSize(8);
            }
        }
    }

    @EngineTest
    void saysSoWhenTheWriterFailsOnTheFinalFlush(TestDatabase db) {
        for (Cookbook cookbook : List.of(db.queryCookbook(), db.vanillaCookbook())) {
            // given a writer that takes every line and fails when flushed
            IOException closed = new IOException("Stream closed");
            Writer failsOnFlush = new FailingWriter(Integer.MAX_VALUE, closed) {
                @Override
                public void flush() throws IOException {
                    throw closed;
                }
            };

            // when, then
            assertThatThrownBy(() -> cookbook.exportPostLikeCounts(failsOnFlush, ExportFormat.JSON_LINES))
                    .isExactlyInstanceOf(UncheckedIOException.class)
                    .hasMessage("exportPostLikeCounts: the writer failed after 8 posts: Stream closed")
                    .hasCause(closed);
        }
    }

    /** Accepts {@code calls} writes, then throws {@code failure} on every further one. */
    private static class FailingWriter extends Writer {

        private final IOException failure;
        private int calls;

        FailingWriter(int calls, IOException failure) {
            this.calls = calls;
            this.failure = failure;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (calls-- <= 0) {
                throw failure;
            }
        }

        @Override
        public void flush() throws IOException {
        }

        @Override
        public void close() {
        }
    }
}
