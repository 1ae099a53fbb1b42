package io.github.querycookbook.vanilla;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Folds the rows of a flat parent-child join back into parents, in one pass: the SQL sorts the rows by parent, so
 * each parent's rows are consecutive and no map is needed.
 */
public final class ConsecutiveRows {

    private ConsecutiveRows() {
    }

    /**
     * Groups consecutive rows with an equal {@code parentKey} and turns each group into a parent.
     *
     * @param rows      the rows, sorted so that rows of the same parent are next to each other
     * @param parentKey the parent's key of a row
     * @param toParent  makes the parent from its group's first row and all rows of its group
     */
    public static <R, T> List<T> group(List<R> rows, Function<R, ?> parentKey, BiFunction<R, List<R>, T> toParent) {
        List<T> parents = new ArrayList<>();
        List<R> group = new ArrayList<>();
        for (R row : rows) {
            if (!group.isEmpty() && !Objects.equals(parentKey.apply(group.get(0)), parentKey.apply(row))) {
                parents.add(toParent.apply(group.get(0), List.copyOf(group)));
                group.clear();
            }
            group.add(row);
        }
        if (!group.isEmpty()) {
            parents.add(toParent.apply(group.get(0), List.copyOf(group)));
        }
        return parents;
    }
}
