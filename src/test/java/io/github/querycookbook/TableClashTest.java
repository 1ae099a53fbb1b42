package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;

/**
 * {@code CookbookSchema.migrate} refuses a database whose tables carry its names but that it did not create, before
 * Flyway writes anything.
 */
@DatabaseSetup(Setup.BLANK)
class TableClashTest {

    @EngineTest
    void namesTheClashingTablesAndWritesNothing(TestDatabase db) {
        // given an application's own users and posts tables
        DSLContext dsl = CookbookDsl.prepare(db.dsl());
        dsl.createTable("users").column("id", SQLDataType.BIGINT).execute();
        dsl.createTable("posts").column("id", SQLDataType.BIGINT).execute();

        // when / then
        assertThatThrownBy(() -> CookbookSchema.migrate(db.dataSource()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The database already has tables named users, posts that the cookbook did not create "
                        + "(there is no cookbook_schema_history); migrate into an empty database or schema");
        assertThat(CookbookSchemaMigrateTest.tableNames(db)).containsExactly("posts", "users");
    }
}
