package io.github.querycookbook.vanilla;

import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One pass over SQL text that copies it, replacing {@code :name} parameters by {@code ?}. It leaves alone what only
 * looks like a parameter: text in {@code 'string literals'}, {@code "quoted names"}, {@code -- line} and
 * {@code /* block *}{@code /} comments, and PostgreSQL's {@code ::type} casts. A trailing semicolon is dropped,
 * because not every JDBC driver accepts one. A list parameter becomes one {@code ?} per element: {@code ?, ?, ?}.
 */
final class NamedParameterScanner {

    private final String sql;
    private final List<String> names;
    private final ToIntFunction<String> markersPerName;
    private final StringBuilder out = new StringBuilder();
    private int pos;

    NamedParameterScanner(String sql, List<String> names) {
        this(sql, names, name -> 1);
    }

    /** Writes {@code markersPerName.applyAsInt(name)} markers for each occurrence of a parameter. */
    NamedParameterScanner(String sql, List<String> names, ToIntFunction<String> markersPerName) {
        this.sql = sql;
        this.names = names;
        this.markersPerName = markersPerName;
    }

    String toJdbc() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\'' || c == '"') {
                copyQuoted(c);
            } else if (sql.startsWith("--", pos)) {
                copyUntil("\n", 0);
            } else if (sql.startsWith("/*", pos)) {
                copyUntil("*/", 2);
            } else if (sql.startsWith("::", pos)) {
                copy(2);
            } else if (c == ':' && pos + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(pos + 1))) {
                replaceParameter();
            } else {
                copy(1);
            }
        }
        return withoutTrailingSemicolon(out.toString().strip());
    }

    private void copyQuoted(char quote) {
        int end = pos + 1;
        while (end < sql.length()) {
            if (sql.charAt(end) == quote) {
                boolean doubled = end + 1 < sql.length() && sql.charAt(end + 1) == quote;
                if (!doubled) {
                    break;
                }
                end++;
            }
            end++;
        }
        if (end >= sql.length()) {
            throw new IllegalArgumentException("Unterminated " + quote + " starting at offset " + pos);
        }
        copy(end + 1 - pos);
    }

    private void copyUntil(String terminator, int terminatorLength) {
        int end = sql.indexOf(terminator, pos + 2);
        copy(end < 0 ? sql.length() - pos : end + terminatorLength - pos);
    }

    private void replaceParameter() {
        int end = pos + 1;
        while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
            end++;
        }
        String name = sql.substring(pos + 1, end);
        names.add(name);
        out.append(String.join(", ", Collections.nCopies(markersPerName.applyAsInt(name), "?")));
        pos = end;
    }

    private void copy(int length) {
        out.append(sql, pos, pos + length);
        pos += length;
    }

    private static String withoutTrailingSemicolon(String statement) {
        return statement.endsWith(";") ? statement.substring(0, statement.length() - 1).stripTrailing() : statement;
    }
}
