package io.github.querycookbook.export;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.querycookbook.Cookbook;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.VanillaSqlCookbook;
import io.github.querycookbook.model.ExportFormat;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.Cursor;
import org.jooq.Record4;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JVM that {@link ExportHeapTest} starts with a small heap: it exports a database's posts to a writer that only
 * counts, then prints one line, {@code EXPORTED rows=… peakHeap=… maxLiveAfterGc=… millis=…} (bytes). Modes:
 * {@code jooq} and {@code twin} run the two cookbooks; {@code naive} runs the same jOOQ query with
 * {@code fetchLazy()} alone, no fetch size and no transaction: the pitfall.
 *
 * <p>{@code peakHeap} adds up the peak of each heap pool, an upper bound of the heap ever in use, garbage included;
 * {@code maxLiveAfterGc} is the largest heap in use right after a collection, what the export kept alive.
 */
public final class ExportHeapProbe {

    private ExportHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String mode = args[1];
        DataSource dataSource = dataSource(url);
        SQLDialect dialect = url.startsWith("jdbc:postgresql:") ? SQLDialect.POSTGRES
                : url.startsWith("jdbc:mariadb:") ? SQLDialect.MARIADB : SQLDialect.H2;
        AtomicLong maxLive = watchCollections();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        CountingWriter out = new CountingWriter();
        long start = System.nanoTime();
        long rows = switch (mode) {
            case "jooq" -> cookbook(new QueryCookbook(DSL.using(dataSource, dialect)), out);
            case "twin" -> cookbook(new VanillaSqlCookbook(dataSource), out);
            case "naive" -> naive(dataSource, dialect, out);
            default -> throw new IllegalArgumentException("mode must be jooq, twin or naive, was " + mode);
        };
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println("EXPORTED rows=" + rows + " chars=" + out.chars + " peakHeap=" + peak
                + " maxLiveAfterGc=" + maxLive.get() + " millis=" + millis);
    }

    private static long cookbook(Cookbook cookbook, Writer out) {
        return cookbook.exportPostLikeCounts(out, ExportFormat.CSV);
    }

    private static long naive(DataSource dataSource, SQLDialect dialect, Writer out) {
        ExportWriter writer = new ExportWriter(out, ExportFormat.CSV);
        writer.start();
        try (Cursor<Record4<Long, Long, String, Long>> rows =
                new ExportQueries(DSL.using(dataSource, dialect)).postLikeCounts().fetchLazy()) {
            rows.forEach(row -> writer.row(row.value1(), row.value2(), row.value3(), row.value4()));
        }
        return writer.finish();
    }

    private static DataSource dataSource(String url) throws Exception {
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            return postgres;
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return new MariaDbDataSource(url);
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return h2;
    }

    /** The largest heap in use after any collection, from the collectors' notifications. */
    private static AtomicLong watchCollections() {
        AtomicLong maxLive = new AtomicLong();
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    long live = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    maxLive.accumulateAndGet(live, Math::max);
                }
            }, null, null);
        }
        return maxLive;
    }

    /** Counts the characters written and keeps none. */
    private static final class CountingWriter extends Writer {
        private long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
