package io.github.querycookbook.plainsql;

import org.jooq.DSLContext;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * Test-only: the call that {@code RenderedQueries} may make, made by another class, which the rule must report. Never
 * run.
 */
final class RenderedSqlElsewhere {

    private RenderedSqlElsewhere() {
    }

    static ResultQuery<Record> rerun(DSLContext dsl, String sql, QueryPart... binds) {
        return dsl.resultQuery(sql, binds);
    }
}
