package io.github.querycookbook;

import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.Converters;
import org.jooq.impl.SQLDataType;

/**
 * Binds and reads a {@link LocalDateTime} as itself, through JDBC 4.2's {@code setObject} and
 * {@code getObject(…, LocalDateTime.class)}, as the plain-JDBC twins do. jOOQ 3.19's own binding goes through
 * {@link java.sql.Timestamp#valueOf(LocalDateTime)}, which reads the value in the JVM's time zone: a UTC wall-clock
 * value that falls in a daylight-saving gap of that zone (2024-09-29T03:00 in Pacific/Chatham) is written and read an
 * hour later, and jOOQ has no setting to avoid it (<a href="https://github.com/jOOQ/jOOQ/issues/19844">jOOQ
 * #19844</a>). Code generation gives every {@code TIMESTAMP} column this binding (see the {@code forcedTypes} in
 * {@code pom.xml}); a bind value compared with such a column takes the column's data type to get it too.
 *
 * <p>The SQL text is jOOQ's: rendering is left to its own binding, so the cookbook's SQL does not change.
 */
public final class LocalDateTimeBinding implements Binding<LocalDateTime, LocalDateTime> {

    private static final long serialVersionUID = 1L;

    private static final Binding<?, LocalDateTime> JOOQ = SQLDataType.LOCALDATETIME.getBinding();

    @Override
    public Converter<LocalDateTime, LocalDateTime> converter() {
        return Converters.identity(LocalDateTime.class);
    }

    @Override
    public void sql(BindingSQLContext<LocalDateTime> ctx) throws SQLException {
        JOOQ.sql(ctx);
    }

    @Override
    public void register(BindingRegisterContext<LocalDateTime> ctx) throws SQLException {
        JOOQ.register(ctx);
    }

    @Override
    public void set(BindingSetStatementContext<LocalDateTime> ctx) throws SQLException {
        if (ctx.value() == null) {
            ctx.statement().setNull(ctx.index(), Types.TIMESTAMP);
        } else {
            ctx.statement().setObject(ctx.index(), ctx.value());
        }
    }

    @Override
    public void get(BindingGetResultSetContext<LocalDateTime> ctx) throws SQLException {
        ctx.value(ctx.resultSet().getObject(ctx.index(), LocalDateTime.class));
    }

    @Override
    public void get(BindingGetStatementContext<LocalDateTime> ctx) throws SQLException {
        ctx.value(ctx.statement().getObject(ctx.index(), LocalDateTime.class));
    }

    /** User-defined types are not used here: jOOQ's own binding handles them. */
    @Override
    public void set(BindingSetSQLOutputContext<LocalDateTime> ctx) throws SQLException {
        JOOQ.set(ctx);
    }

    /** User-defined types are not used here: jOOQ's own binding handles them. */
    @Override
    public void get(BindingGetSQLInputContext<LocalDateTime> ctx) throws SQLException {
        JOOQ.get(ctx);
    }
}
