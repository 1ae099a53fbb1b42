package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SchemaVersions;
import io.github.querycookbook.testing.TestDatabase;
import org.flywaydb.core.Flyway;

/**
 * One database holds an application's own Flyway migrations ({@code db/migration}, {@code flyway_schema_history})
 * and the cookbook's; each Flyway validates its own.
 */
@DatabaseSetup(Setup.BLANK)
class ConsumerFlywayCoexistenceTest {

    @EngineTest
    void appliesBesideTheApplicationsOwnMigrationsAndBothValidate(TestDatabase db) {
        // given an application that migrated its own schema first
        Flyway application = Flyway.configure().dataSource(db.dataSource()).load();
        application.migrate();

        // when
        CookbookSchema.migrate(db.dataSource());

        // then
        application.validate();
        CookbookSchema.flyway(db.dataSource()).validate();
        assertThat(application.info().applied()).hasSize(1);
        assertThat(CookbookSchema.flyway(db.dataSource()).info().current().getVersion().getVersion())
                .isEqualTo(SchemaVersions.latest(db.engine()));
        assertThat(CookbookSchemaMigrateTest.tableNames(db))
                .contains("app_orders", "flyway_schema_history", "users", "posts", "post_likes",
                        CookbookSchema.HISTORY_TABLE);
        assertThat(db.queryCookbook().postsByLikeCount()).isEmpty();
    }
}
