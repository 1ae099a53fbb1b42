package io.github.querycookbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.RecipeCatalog;
import io.github.querycookbook.tour.JavaSource;
import java.util.Locale;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.junit.jupiter.api.Test;

/**
 * The SQL each recipe's Javadoc shows is the SQL jOOQ renders (for PostgreSQL, with named parameters), up to
 * white space: Javadoc that drifts from the code fails the build.
 */
class JavadocSqlTest {

    @Test
    void everyRecipesJavadocShowsTheSqlItRenders() {
        for (Recipe recipe : RecipeCatalog.all()) {
            // given
            JavaSource source = JavaSource.of(recipe.queryClass());

            // when
            String documented = Javadoc.preformatted(source.javadoc(recipe.queryMethod()));
            String rendered = recipe.query(CookbookDsl.detached(SQLDialect.POSTGRES)).getSQL(ParamType.NAMED);

            // then
            assertThat(normalized(documented)).as("Javadoc SQL of %s.%s",
                    recipe.queryClass().getSimpleName(), recipe.queryMethod()).isEqualTo(normalized(rendered));
        }
    }

    private static String normalized(String sql) {
        return sql.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").strip().toLowerCase(Locale.ROOT);
    }
}
