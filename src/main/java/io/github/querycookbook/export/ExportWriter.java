package io.github.querycookbook.export;

import io.github.querycookbook.model.ExportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes the rows of the export to the caller's {@link Writer}, one line per post, in an {@link ExportFormat}; both
 * cookbooks share it, so that their outputs are equal to the character. Each line is built in a reused buffer and
 * handed to the writer in one call, so an unbuffered writer costs one call per post. It never closes the writer.
 */
public final class ExportWriter {

    static final String CSV_HEADER = "id,user_id,content,like_count\r\n";

    private final Writer out;
    private final ExportFormat format;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    /**
     * @throws NullPointerException naming {@code out} or {@code format}
     */
    public ExportWriter(Writer out, ExportFormat format) {
        this.out = Objects.requireNonNull(out, "out");
        this.format = Objects.requireNonNull(format, "format");
    }

    /** Writes what comes before the first post: the CSV header; nothing for JSON lines. */
    public void start() {
        if (format == ExportFormat.CSV) {
            write(CSV_HEADER);
        }
    }

    /** Writes one post. */
    public void row(long id, long userId, String content, long likeCount) {
        line.setLength(0);
        if (format == ExportFormat.CSV) {
            line.append(id).append(',').append(userId).append(',');
            Escaping.csvField(line, content);
            line.append(',').append(likeCount).append("\r\n");
        } else {
            line.append("{\"id\":").append(id).append(",\"user_id\":").append(userId).append(",\"content\":");
            Escaping.jsonString(line, content);
            line.append(",\"like_count\":").append(likeCount).append("}\n");
        }
        write(line);
        rows++;
    }

    /** Flushes the writer after the last post, and returns how many posts were written. */
    public long finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
        return rows;
    }

    private void write(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * The writer's failure, unchecked so that it passes through jOOQ's cursor and the JDBC loop unchanged, and saying
     * how far the export got: the lines before it were handed to the writer.
     */
    private UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("exportPostLikeCounts: the writer failed after " + rows
                + (rows == 1 ? " post" : " posts") + ": " + e.getMessage(), e);
    }
}
