package io.github.querycookbook.rendering;

import org.jooq.Context;
import org.jooq.Param;
import org.jooq.RenderContext.CastMode;
import org.jooq.impl.CustomQueryPart;

/**
 * The SQL of a {@link RenderedSql} with one call's bind values, as a single query part: the text between the
 * {@code ?}s goes to jOOQ as it is, and each value is visited where its {@code ?} stood, rendered as a bare {@code ?}
 * (any cast jOOQ wrote around it is already in the text). The result is the cached SQL, character for character.
 *
 * <p>Why not the same text as a plain-SQL template with the values as arguments: jOOQ scans a template for bind
 * markers, quotes and comments, character by character, once to render it and once more to bind it, on every
 * execution. That costs in proportion to the SQL's length: {@code activityOf}, the longest point query, measured
 * 1.25× its JDBC twin with the template and 1.18× with this part (PostgreSQL, 10<sup>6</sup> likes, JIT-warm, 10,000
 * interleaved pairs of {@code perf.InterleavedRatios}: +11.8 µs a call, then +8.2 µs).
 */
final class BoundText extends CustomQueryPart {

    private static final long serialVersionUID = 1L;

    private final String[] pieces;
    private final Param<?>[] values;

    /** @param pieces the SQL split at its {@code ?}s: one more piece than values */
    BoundText(String[] pieces, Param<?>[] values) {
        if (pieces.length != values.length + 1) {
            throw new IllegalArgumentException(pieces.length + " pieces of SQL for " + values.length + " values");
        }
        this.pieces = pieces;
        this.values = values;
    }

    @Override
    public void accept(Context<?> ctx) {
        CastMode cast = ctx.castMode();
        ctx.castMode(CastMode.NEVER);
        for (int i = 0; i < values.length; i++) {
            ctx.sql(pieces[i]);
            ctx.visit(values[i]);
        }
        ctx.sql(pieces[values.length]);
        ctx.castMode(cast);
    }
}
