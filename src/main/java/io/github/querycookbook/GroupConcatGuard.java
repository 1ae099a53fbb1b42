package io.github.querycookbook;

import java.sql.SQLException;
import java.sql.SQLWarning;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;

/**
 * Turns MariaDB's "Row N was cut by GROUP_CONCAT()" warning into an exception, for the recipes whose nested
 * collections or JSON jOOQ emulates with {@code group_concat} on MariaDB.
 *
 * <p>The server cuts a {@code group_concat} at {@code group_concat_max_len} bytes (1 MiB by default) and only warns.
 * Measured on MariaDB 10.11: jOOQ wraps the cut text in {@code json_merge_preserve}, which returns NULL for the
 * broken JSON, and the {@code coalesce} around it then yields {@code []}: a wrong answer that looks right. A cut that
 * happens to fall between two elements even gives valid JSON with elements missing. The warning is the one signal
 * both cases share. The fix is a larger limit on the connection, for example the MariaDB Connector/J URL option
 * {@code sessionVariables=group_concat_max_len=67108864}.
 */
public final class GroupConcatGuard implements ExecuteListener {

    /** MariaDB's (and MySQL's) ER_CUT_VALUE_GROUP_CONCAT. */
    static final int CUT_BY_GROUP_CONCAT = 1260;

    private GroupConcatGuard() {
    }

    /** {@link CookbookDsl#prepare}, plus the guard after the caller's own execute listeners. */
    public static DSLContext prepare(DSLContext dsl) {
        return CookbookDsl.prepare(dsl).configuration().deriveAppending(new GroupConcatGuard()).dsl();
    }

    /**
     * Reads the statement's warnings as soon as it has run. jOOQ's own {@code warning} callback comes only while it
     * closes the statement, where an exception is lost (measured with jOOQ 3.19). Connector/J has read the whole
     * result by now, so the server's warnings are known; a caller who streams with a fetch size would defeat this.
     */
    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (ctx.dialect().family() != SQLDialect.MARIADB || ctx.statement() == null) {
            return;
        }
        try {
            for (SQLWarning warning = ctx.statement().getWarnings(); warning != null;
                    warning = warning.getNextWarning()) {
                if (warning.getErrorCode() == CUT_BY_GROUP_CONCAT) {
                    throw new IllegalStateException("MariaDB cut the aggregated JSON at group_concat_max_len ("
                            + warning.getMessage() + "); raise it for the connection, for example with the URL"
                            + " option sessionVariables=group_concat_max_len=67108864");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read MariaDB's warnings: " + e.getMessage(), e);
        }
    }
}
