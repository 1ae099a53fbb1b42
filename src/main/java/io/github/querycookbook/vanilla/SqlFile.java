package io.github.querycookbook.vanilla;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.SQLDialect;

/**
 * A twin SQL file, as written for people (named {@code :parameters}, comments, a closing semicolon) and as JDBC needs
 * it (positional {@code ?} markers, parameter names in marker order, no semicolon).
 *
 * @param name           the file's path under {@code sql/}, for example {@code posts_by.sql} or
 *                       {@code mariadb/daily_likes.sql}
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

    /**
     * Reads the twin {@code name} as an engine runs it: its vendor file {@code sql/<family>/<name>} where the SQL
     * really differs for that engine (for example {@code sql/mariadb/daily_likes.sql}), otherwise {@code sql/<name>}.
     * The folder is the engine's {@link #vendorFolder(SQLDialect) vendor folder}.
     */
    public static SqlFile load(String name, String vendor) {
        String vendorFile = vendor + "/" + name;
        return SqlFile.class.getResource(RESOURCE_FOLDER + vendorFile) != null ? load(vendorFile) : load(name);
    }

    /** The folder of {@code dialect}'s vendor files under {@code sql/}: {@code h2}, {@code postgres}, {@code mariadb}. */
    public static String vendorFolder(SQLDialect dialect) {
        return dialect.family().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The vendor folder of the engine that calls itself {@code productName} in its JDBC metadata.
     *
     * @throws IllegalArgumentException for an engine other than H2, PostgreSQL and MariaDB
     */
    public static String vendorFolder(String productName) {
        return switch (productName) {
            case "H2" -> "h2";
            case "PostgreSQL" -> "postgres";
            case "MariaDB" -> "mariadb";
            default -> throw new IllegalArgumentException(
                    "Unsupported database " + productName + ": the twins support H2, PostgreSQL and MariaDB");
        };
    }

    /**
     * The statement to prepare for these values: {@link #jdbcSql()}, except that a parameter whose value is a
     * {@link Collection} gets one {@code ?} per element, for {@code in (:ids)}. Each element is still bound.
     *
     * @throws IllegalArgumentException if a list parameter is empty, because {@code in ()} is not SQL
     */
    public String jdbcSql(Map<String, ?> values) {
        if (values.values().stream().noneMatch(Collection.class::isInstance)) {
            return jdbcSql;
        }
        return new NamedParameterScanner(text, new ArrayList<>(), name -> {
            if (!(values.get(name) instanceof Collection<?> list)) {
                return 1;
            }
            if (list.isEmpty()) {
                throw new IllegalArgumentException("sql/" + this.name + ": list parameter " + name + " is empty");
            }
            return list.size();
        }).toJdbc();
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
