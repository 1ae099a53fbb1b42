package io.github.querycookbook.vanilla;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A twin SQL file, as written for people (named {@code :parameters}, comments, a closing semicolon) and as JDBC needs
 * it (positional {@code ?} markers, parameter names in marker order, no semicolon).
 *
 * @param name           the file name under {@code sql/}, for example {@code posts_by.sql}
 * @param text           the file as written
 * @param jdbcSql        the statement to prepare
 * @param parameterNames the name behind each {@code ?}, in order; a name used twice appears twice
 */
public record SqlFile(String name, String text, String jdbcSql, List<String> parameterNames) {

    /** Where the files of the top-level {@code sql/} folder are packaged in the jar. */
    public static final String RESOURCE_FOLDER = "/io/github/querycookbook/sql/";

    public SqlFile {
        parameterNames = List.copyOf(parameterNames);
    }

    /** The statement as written, without the comment lines that head the file. */
    public String statement() {
        return text.lines().dropWhile(line -> line.isBlank() || line.startsWith("--"))
                .collect(Collectors.joining(System.lineSeparator())).strip();
    }

    /** Reads {@code sql/<name>} from the classpath. */
    public static SqlFile load(String name) {
        try (InputStream in = SqlFile.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No SQL file " + RESOURCE_FOLDER + name + " on the classpath");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SQL file " + name, e);
        }
    }

    /** Replaces each {@code :name} outside literals, quoted names and comments with {@code ?}. */
    public static SqlFile parse(String name, String text) {
        List<String> names = new ArrayList<>();
        String jdbcSql = new NamedParameterScanner(text, names).toJdbc();
        return new SqlFile(name, text, jdbcSql, names);
    }
}
