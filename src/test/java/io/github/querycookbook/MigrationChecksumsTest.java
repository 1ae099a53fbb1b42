package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.testing.Engine;
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

    /** {@code migration/standard}, which H2 and PostgreSQL apply: version to Flyway checksum. */
    private static final Map<String, Integer> STANDARD = Map.of("1", -1103509853);

    /** {@code migration/mariadb}. */
    private static final Map<String, Integer> MARIADB = Map.of("1", 839911308);

    @EngineTest
    void releasedMigrationsKeepTheirChecksums(TestDatabase db) {
        // given the versions released in the folder that this engine migrates from
        Map<String, Integer> released = db.engine() == Engine.MARIADB ? MARIADB : STANDARD;
        String folder = db.engine() == Engine.MARIADB ? "mariadb" : "standard";

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
