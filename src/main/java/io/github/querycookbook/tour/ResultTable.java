package io.github.querycookbook.tour;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A recipe's result as an aligned text table: one row per element of a list or optional (or the single value), one
 * column per record component, or a single column named by the caller for plain values such as usernames.
 */
final class ResultTable {

    private ResultTable() {
    }

    static List<String> render(Object result, String plainColumnName) {
        List<?> rows = rowsOf(result);
        if (rows.isEmpty()) {
            return List.of("(no rows)");
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(header(rows.get(0), plainColumnName));
        rows.forEach(row -> cells.add(values(row)));
        return align(cells);
    }

    private static List<?> rowsOf(Object result) {
        if (result instanceof Collection<?> collection) {
            return List.copyOf(collection);
        }
        if (result instanceof Optional<?> optional) {
            return optional.stream().toList();
        }
        return List.of(result);
    }

    private static List<String> header(Object row, String plainColumnName) {
        if (!row.getClass().isRecord()) {
            return List.of(plainColumnName);
        }
        return Arrays.stream(row.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> values(Object row) {
        if (!row.getClass().isRecord()) {
            return List.of(String.valueOf(row));
        }
        return Arrays.stream(row.getClass().getRecordComponents()).map(c -> valueOf(c, row)).toList();
    }

    private static String valueOf(RecordComponent component, Object row) {
        try {
            return String.valueOf(component.getAccessor().invoke(row));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + row, e);
        }
    }

    private static List<String> align(List<List<String>> cells) {
        int[] widths = new int[cells.get(0).size()];
        for (List<String> row : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : cells) {
            lines.add(line(row, widths, " | ", ' '));
            if (lines.size() == 1) {
                lines.add(line(Arrays.stream(widths).mapToObj(w -> "").toList(), widths, "-+-", '-'));
            }
        }
        return lines;
    }

    private static String line(List<String> row, int[] widths, String separator, char padding) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = row.get(i);
            line.append(i == 0 ? "" : separator).append(cell)
                    .append(String.valueOf(padding).repeat(widths[i] - width(cell)));
        }
        return line.toString().stripTrailing();
    }

    /** Code points, so an emoji counts once; terminals that draw it two columns wide shift that row slightly. */
    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
