package io.github.querycookbook.catalog;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.tour.DemoData;
import java.util.List;
import java.util.Map;
import org.jooq.CloseableDSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.SingleConnectionDataSource;

/**
 * Renders {@code docs/fetch-modes.md}: the {@link FetchModes} truth table as recorded on a private in-memory H2
 * database holding the tour's demo data, each mode beside its SQLAlchemy counterpart, and Flask-SQLAlchemy's 404
 * helpers as the cookbook writes them. {@code FetchModesTest} proves the same table on every engine.
 */
final class FetchModesWriter {

    String render() {
        // A private in-memory H2 database: it lives as long as this one connection.
        try (CloseableDSLContext dsl = DSL.using("jdbc:h2:mem:")) {
            CookbookSchema.migrate(dsl.connectionResult(SingleConnectionDataSource::new));
            DemoData.loadIfEmpty(dsl);
            return render(FetchModes.record(dsl));
        }
    }

    private static String render(Map<String, List<String>> outcomes) {
        StringBuilder md = new StringBuilder();
        md.append("# Fetch modes: what each jOOQ fetch gives back\n\n")
                .append("Generated from the code by `").append(CatalogueWriter.COMMAND).append("`; do not edit by ")
                .append("hand. `FetchModesTest` fails when this file differs from what the code renders, and proves ")
                .append("the table on H2, PostgreSQL and MariaDB.\n\n")
                .append("Each mode runs the same query on [the demo data](recipes.md#the-demo-data): the posts of an ")
                .append("author with no post (🐱cat), one (chloé) and two (ann).\n\n")
                .append("```sql\n").append(FetchModes.postsOf(CookbookDsl.detachedFormatted(SQLDialect.POSTGRES), 1)
                        .getSQL(ParamType.NAMED).strip()).append("\n```\n\n")
                .append("| jOOQ | 0 rows | 1 row | 2 rows | SQLAlchemy `Query` | how they compare |\n")
                .append("|---|---|---|---|---|---|\n");
        for (FetchModes.Mode mode : FetchModes.MODES) {
            md.append("| `").append(mode.call()).append("` | ")
                    .append(String.join(" | ", outcomes.get(mode.call()))).append(" | `").append(mode.sqlAlchemy())
                    .append("` | ").append(mode.note()).append(" |\n");
        }
        md.append("""

                jOOQ's exceptions are `NoDataFoundException` and `TooManyRowsException`, both in `org.jooq.exception`.

                ## Flask-SQLAlchemy's 404 helpers

                A 404 is a web concern, so the cookbook throws its own unchecked `NotFoundException`, which names the \
                table and the key (`No row in table users with username 'ann'`); a web layer maps it to 404 in one \
                place.

                | Flask-SQLAlchemy | gives 404 for | the cookbook's way | recipe |
                |---|---|---|---|
                | `get_or_404(id)` | no row with that primary key | `fetchOptional(...)` by id, \
                then `orElseThrow(() -> new NotFoundException("posts", id))` | \
                [`getPost`](recipes.md#getpost) |
                | `first_or_404()` | no row; more rows are ignored | `fetchOptional(...)` on a query that cannot \
                return two rows (or `Optional.ofNullable(fetchAny(...))` with an `order by`), then `orElseThrow` | \
                [`getPost`](recipes.md#getpost) |
                | `one_or_404()` | no row, and also two or more | `fetchOptional(...)` on a unique column, then \
                `orElseThrow`: two rows throw `TooManyRowsException`, a server error rather than a 404, because a \
                broken promise of one row is a bug, not a missing page | \
                [`getUserByUsername`](recipes.md#getuserbyusername) |
                """);
        return md.toString();
    }
}
