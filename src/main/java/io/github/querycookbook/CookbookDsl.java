package io.github.querycookbook;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.TableLike;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Prepares a {@link DSLContext} for the recipes, so callers need nothing beyond
 * {@code DSL.using(dataSource, dialect)}.
 *
 * <p>The generated classes carry lower-case names. jOOQ quotes names by default, and a quoted {@code "users"} does not
 * match the {@code USERS} table that a plain H2 database creates from the unquoted migration. Rendering names
 * unquoted lets each engine apply its own case rule, exactly as it did when the migration ran.
 *
 * <p>On MariaDB, jOOQ emulates {@code MULTISET} and JSON aggregation with {@code group_concat}, and by default sends
 * {@code set @@group_concat_max_len = …;} in the same call, which a connection without {@code allowMultiQueries}
 * rejects. The cookbook turns that off, so every query stays one statement; {@code group_concat_max_len} then keeps
 * the server's value (1 MiB by default), which bounds the JSON that one row can hold.
 */
public final class CookbookDsl {

    private static final RenderQuotedNames NAME_QUOTING = RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED;

    private static final MethodHandle EXISTS = existsMethod("exists");
    private static final MethodHandle NOT_EXISTS = existsMethod("notExists");

    private CookbookDsl() {
    }

    /** A copy of the caller's context, connection and dialect unchanged, with the cookbook's rendering settings. */
    public static DSLContext prepare(DSLContext dsl) {
        Objects.requireNonNull(dsl, "dsl: pass DSL.using(dataSource, dialect)");
        return dsl.configuration().deriveSettings(CookbookDsl::withCookbookSettings).dsl();
    }

    /** A context without a connection: its queries can be rendered with {@code getSQL()} but not executed. */
    public static DSLContext detached(SQLDialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        return DSL.using(dialect, withCookbookSettings(new Settings()));
    }

    private static Settings withCookbookSettings(Settings settings) {
        return settings.withRenderQuotedNames(NAME_QUOTING).withRenderGroupConcatMaxLenSessionVariable(false);
    }

    /** Like {@link #detached}, with SQL laid out on several lines for people to read (the tour, the catalogue). */
    public static DSLContext detachedFormatted(SQLDialect dialect) {
        return DSL.using(detached(dialect).configuration().deriveSettings(s -> s.withRenderFormatted(true)));
    }

    /**
     * {@code exists (subquery)}: exactly {@link DSL#exists}, which takes a {@code Select} up to jOOQ 3.19 and a
     * {@code TableLike} from 3.20 on. Source that calls it compiles against either, but a jar compiled against one
     * fails with {@code NoSuchMethodError} on the other; found at run time, it works on both.
     */
    public static Condition exists(Select<?> subquery) {
        return invoke(EXISTS, subquery);
    }

    /** {@code not exists (subquery)}: exactly {@link DSL#notExists}, on every jOOQ runtime (see {@link #exists}). */
    public static Condition notExists(Select<?> subquery) {
        return invoke(NOT_EXISTS, subquery);
    }

    private static Condition invoke(MethodHandle method, Select<?> subquery) {
        try {
            return (Condition) method.invoke(subquery);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("jOOQ could not build an exists condition", e);
        }
    }

    private static MethodHandle existsMethod(String name) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            return lookup.findStatic(DSL.class, name, MethodType.methodType(Condition.class, TableLike.class));
        } catch (NoSuchMethodException e) {
            try {
                return lookup.findStatic(DSL.class, name, MethodType.methodType(Condition.class, Select.class));
            } catch (ReflectiveOperationException notThere) {
                throw new ExceptionInInitializerError(notThere);
            }
        } catch (IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
