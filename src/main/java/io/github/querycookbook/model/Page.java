package io.github.querycookbook.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of an offset-paginated list, with the totals a pager needs to draw its links.
 *
 * @param items      the page's items, empty for a page past the end
 * @param pageNumber which page this is, counting from 1 (as Flask-SQLAlchemy's {@code paginate} does)
 * @param pageSize   the most items a page holds
 * @param totalItems how many items all pages hold together
 * @param totalPages {@code ceil(totalItems / pageSize)}: 0 when there are no items
 * @param <T>        the type of the items
 */
public record Page<T>(List<T> items, int pageNumber, int pageSize, long totalItems, int totalPages) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /**
     * A page whose {@code totalPages} is derived from {@code totalItems} and {@code pageSize}.
     *
     * @throws ArithmeticException if there would be more than {@code Integer.MAX_VALUE} pages
     */
    public static <T> Page<T> of(List<T> items, int pageNumber, int pageSize, long totalItems) {
        long totalPages = (totalItems + pageSize - 1) / pageSize;
        return new Page<>(items, pageNumber, pageSize, totalItems, Math.toIntExact(totalPages));
    }
}
