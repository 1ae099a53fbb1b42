package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.h2.jdbcx.JdbcDataSource;

@DatabaseSetup(Setup.BLANK)
class CookbookSchemaMigrateTest {

    @EngineTest
    void createsTheTablesAndIsSafeToCallTwice(TestDatabase db) {
        // when
        CookbookSchema.migrate(db.dataSource());
        CookbookSchema.migrate(db.dataSource());

        // then
        List<MigrationInfo> applied = List.of(CookbookSchema.flyway(db.dataSource()).info().applied());
        assertThat(applied).extracting(info -> info.getVersion().getVersion()).containsExactly("1");
        assertThat(tableNames(db)).contains("users", "posts", "post_likes", CookbookSchema.HISTORY_TABLE)
                .doesNotContain("flyway_schema_history");
        assertThat(db.queryCookbook().postsNewestFirst()).isEmpty();
    }

    @Test
    void saysWhyWhenItCannotReachTheDatabase() {
        JdbcDataSource unreachable = new JdbcDataSource();
        unreachable.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere");

        assertThatThrownBy(() -> CookbookSchema.migrate(unreachable))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot connect to read the database product: ");
    }

    static Set<String> tableNames(TestDatabase db) {
        return db.dsl().meta().getTables().stream()
                .filter(t -> !t.getSchema().getName().equalsIgnoreCase("information_schema"))
                .map(Table::getName)
                .map(String::toLowerCase)
                .collect(Collectors.toSet());
    }
}
