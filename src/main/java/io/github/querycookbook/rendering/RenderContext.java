package io.github.querycookbook.rendering;

import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;

/**
 * What besides the query shapes the SQL text: the dialect (with its version) and the {@link Settings}, copied when the
 * context is taken, so that a later change to the caller's settings object cannot alias a cached text. The hash is
 * computed once: a {@code Settings} has some hundred fields, too many to hash on every call.
 */
public final class RenderContext {

    private final SQLDialect dialect;
    private final Settings settings;
    private final int hash;

    private RenderContext(SQLDialect dialect, Settings settings) {
        this.dialect = dialect;
        this.settings = settings;
        this.hash = 31 * dialect.hashCode() + settings.hashCode();
    }

    /** The context of {@code dsl} as it is now. */
    public static RenderContext of(DSLContext dsl) {
        Objects.requireNonNull(dsl, "dsl");
        return new RenderContext(dsl.dialect(), (Settings) dsl.settings().clone());
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RenderContext that && hash == that.hash
                && dialect == that.dialect && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return dialect.name();
    }
}
