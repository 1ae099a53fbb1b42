package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Released migrations are never edited: databases out there have applied them, and Flyway refuses to migrate a
 * database whose history holds another checksum. The checksums of the released versions are pinned here, per folder;
 * a new migration adds a line, an edited one fails the build.
 */
class MigrationChecksumsTest {

    /** {@code migration/standard} plus {@code migration/h2}, which H2 applies: version to Flyway checksum. */
    private static final Map<String, Integer> H2 =
            Map.of("1", -1103509853, "2", -1937925589, "3", 1245081269, "4", -1430015153);

    /** {@code migration/standard} plus {@code migration/postgresql}. */
    private static final Map<String, Integer> POSTGRES =
            Map.of("1", -1103509853, "2", -1937925589, "3", -1413577613, "4", -1430015153);

    /** {@code migration/mariadb}. */
    private static final Map<String, Integer> MARIADB =
            Map.of("1", 839911308, "2", -1797667015, "3", 157749804, "4", 2053775433);

    @EngineTest
    void releasedMigrationsKeepTheirChecksums(TestDatabase db) {
        // given the versions released in the folder that this engine migrates from
        Map<String, Integer> released = switch (db.engine()) {
            case H2 -> H2;
            case POSTGRES -> POSTGRES;
            case MARIADB, GALERA -> MARIADB;
        };
        String folder = switch (db.engine()) {
            case H2 -> "standard or migration/h2";
            case POSTGRES -> "standard or migration/postgresql";
            case MARIADB, GALERA -> "mariadb";
        };

        // when
        Map<String, Integer> shipped = new TreeMap<>();
        Arrays.stream(CookbookSchema.flyway(db.dataSource()).info().all())
                .forEach(info -> shipped.put(version(info), info.getChecksum()));

        // then
        released.forEach((version, checksum) -> assertThat(shipped.get(version))
                .as("migration/%s/V%s was released with checksum %d and must never change: databases have applied "
                        + "it. Undo the edit and put the change in a new version (V<next>__….sql); "
                        + "a new version is pinned here once released.", folder, version, checksum)
                .isEqualTo(checksum));
    }

    private static String version(MigrationInfo info) {
        return info.getVersion().getVersion();
    }
}
