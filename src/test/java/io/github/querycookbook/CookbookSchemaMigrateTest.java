package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SchemaVersions;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.h2.jdbcx.JdbcDataSource;

@DatabaseSetup(Setup.BLANK)
class CookbookSchemaMigrateTest {

    @EngineTest
    void createsTheTablesAndIsSafeToCallTwice(TestDatabase db) {
        // when
        MigrateResult first = CookbookSchema.migrate(db.dataSource());
        MigrateResult second = CookbookSchema.migrate(db.dataSource());

        // then the first call took the empty database to the latest version, which validates, and the second did nothing
        assertThat(first.migrationsExecuted).isEqualTo(SchemaVersions.of(db.engine()).size());
        assertThat(first.targetSchemaVersion).isEqualTo(SchemaVersions.latest(db.engine()));
        assertThat(second.migrationsExecuted).isZero();
        assertThat(CookbookSchema.flyway(db.dataSource()).validateWithResult().validationSuccessful).isTrue();
        assertThat(CookbookSchema.flyway(db.dataSource()).info().pending()).isEmpty();
        List<MigrationInfo> applied = List.of(CookbookSchema.flyway(db.dataSource()).info().applied());
        assertThat(applied).extracting(info -> info.getVersion().getVersion())
                .containsExactlyElementsOf(SchemaVersions.recorded(db.engine()));
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

    /** The tables of the test database, lower-cased, read through JDBC metadata. */
    static Set<String> tableNames(TestDatabase db) {
        try (Connection connection = db.dataSource().getConnection();
             ResultSet tables = connection.getMetaData().getTables(
                     connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            Set<String> names = new TreeSet<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables: " + e.getMessage(), e);
        }
    }
}
