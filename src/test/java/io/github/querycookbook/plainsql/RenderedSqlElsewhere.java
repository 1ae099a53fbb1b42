package io.github.querycookbook.plainsql;

import org.jooq.Context;
import org.jooq.DSLContext;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * Test-only: the calls that {@code RenderedQueries} and {@code BoundText} may make, made by another class, which the
 * rule must report. Never run.
 */
final class RenderedSqlElsewhere {

    private RenderedSqlElsewhere() {
    }

    static ResultQuery<Record> rerun(DSLContext dsl, String sql, QueryPart... binds) {
        return dsl.resultQuery(sql, binds);
    }

    static void write(Context<?> ctx, String sql) {
        ctx.sql(sql);
    }
}
