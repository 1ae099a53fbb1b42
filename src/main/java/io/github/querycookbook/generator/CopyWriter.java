package io.github.querycookbook.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes rows into PostgreSQL with {@code COPY … FROM STDIN} in text format, a chunk per COPY: the fastest way in
 * short of generating rows on the server. The rows are formatted straight into bytes (digits, escaped UTF-8, and
 * timestamps as {@code yyyy-MM-dd HH:mm:ss.SSSSSS}), without a string per value.
 *
 * <p>This is the only class that uses pgjdbc, an optional dependency of the jar: the JVM loads it, and pgjdbc with
 * it, only when the target is PostgreSQL.
 */
final class CopyWriter extends TableWriter {

    private final CopyManager copyManager;
    private final String copySql;
    private byte[] buffer = new byte[1 << 20];
    private int length;
    private long cachedDay = Long.MIN_VALUE;
    private byte[] cachedDate;

    CopyWriter(Connection connection, Table table, String beginChunk, LongConsumer committed) throws SQLException {
        super(connection, table, beginChunk, committed);
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        this.copySql = "COPY " + table.name() + " (" + String.join(", ", table.columns()) + ") FROM STDIN";
    }

    @Override
    void set(int column, long value) {
        separate(column);
        if (table.kinds().get(column) == Kind.TIMESTAMP) {
            timestamp(value);
        } else {
            digits(value, 1);
        }
    }

    @Override
    void set(int column, String value) {
        separate(column);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            switch (b) {
                case '\\' -> put('\\').put('\\');
                case '\t' -> put('\\').put('t');
                case '\n' -> put('\\').put('n');
                case '\r' -> put('\\').put('r');
                default -> put(b);
            }
        }
    }

    @Override
    protected void rowEnded() {
        put('\n');
    }

    @Override
    protected void flushChunk() throws SQLException {
        CopyIn copy = copyManager.copyIn(copySql);
        copy.writeToCopy(buffer, 0, length);
        copy.endCopy();
        length = 0;
    }

    private void separate(int column) {
        if (column > 0) {
            put('\t');
        }
    }

    private void timestamp(long epochMicros) {
        long seconds = Math.floorDiv(epochMicros, 1_000_000L);
        long day = Math.floorDiv(seconds, SocialData.SECONDS_PER_DAY);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = LocalDate.ofEpochDay(day).toString().getBytes(StandardCharsets.US_ASCII);
        }
        for (byte b : cachedDate) {
            put(b);
        }
        long secondOfDay = seconds - day * SocialData.SECONDS_PER_DAY;
        put(' ');
        digits(secondOfDay / 3600, 2);
        put(':');
        digits(secondOfDay / 60 % 60, 2);
        put(':');
        digits(secondOfDay % 60, 2);
        put('.');
        digits(Math.floorMod(epochMicros, 1_000_000L), 6);
    }

    /** Writes a value of at least {@code minDigits} digits, zero-padded; negative values never occur here. */
    private void digits(long value, int minDigits) {
        int count = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            count++;
        }
        count = Math.max(count, minDigits);
        ensure(count);
        long rest = value;
        for (int i = length + count - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        length += count;
    }

    private CopyWriter put(int b) {
        ensure(1);
        buffer[length++] = (byte) b;
        return this;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
