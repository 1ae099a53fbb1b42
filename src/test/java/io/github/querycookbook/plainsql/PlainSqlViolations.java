package io.github.querycookbook.plainsql;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;

/** Each banned way to put a caller's text into SQL, once, so that {@code PlainSqlRuleTest} sees the rule catch it. */
final class PlainSqlViolations {

    private PlainSqlViolations() {
    }

    static Field<Object> fieldFromText(String column) {
        return field(column);
    }

    static Condition conditionFromText(String username) {
        return condition("username = '" + username + "'");
    }

    static Field<String> inlinedValue(String username) {
        return inline(username);
    }

    static Result<Record> fetchText(DSLContext dsl, String sql) {
        return dsl.fetch(sql);
    }

    static Settings staticStatements() {
        return new Settings().withStatementType(StatementType.STATIC_STATEMENT);
    }
}
