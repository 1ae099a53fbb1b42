package io.github.querycookbook.rendering;

import java.util.Objects;

/**
 * The key of one rendered text: the context, a constant name per query accessor, and a variant number for whatever
 * else changes the SQL text of that accessor (an IN list's size, which optional filters are set, the first page or a
 * later one). Two calls with equal keys must build queries that render to the same text; {@link RenderedSql} checks
 * that their bind values line up, and a mismatch fails the call rather than binding the wrong values.
 *
 * @param context the dialect and settings
 * @param shape   the accessor, for example {@code "PostQueries.byId"}
 * @param variant 0 for an accessor with one shape
 */
public record ShapeKey(RenderContext context, String shape, int variant) {

    public ShapeKey {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(shape, "shape");
    }
}
