package io.github.querycookbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import io.github.querycookbook.tour.DemoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fetch-mode truth table: what {@code fetch}, {@code fetchAny}, {@code fetchOne}, {@code fetchOptional},
 * {@code fetchSingle} and {@code fetchValue} give for 0, 1 and 2 rows, on every engine, and the checked-in
 * {@code docs/fetch-modes.md} that shows it. Never writes.
 */
@DatabaseSetup(Setup.MIGRATED)
class FetchModesTest {

    private static final String ONE = "\"Left joins keep posts nobody liked\"";
    private static final String TOO_MANY = "throws `TooManyRowsException`";

    @EngineTest
    void eachModeGivesTheSameOnEveryEngine(TestDatabase db) {
        // given the demo data: 🐱cat has no post, chloé one, ann two ("Hello, world" has the lower id)
        DemoData.loadIfEmpty(db.dsl());

        // when
        Map<String, List<String>> outcomes = FetchModes.record(db.dsl());

        // then
        assertThat(outcomes).containsExactly(
                Map.entry("query.fetch()", List.of("`Result` of 0 rows", "`Result` of 1 row", "`Result` of 2 rows")),
                Map.entry("query.fetchAny()", List.of("`null`", "record " + ONE, "record \"Hello, world\"")),
                Map.entry("query.fetchOne()", List.of("`null`", "record " + ONE, TOO_MANY)),
                Map.entry("query.fetchOptional()",
                        List.of("`Optional.empty()`", "`Optional` of record " + ONE, TOO_MANY)),
                Map.entry("query.fetchSingle()", List.of("throws `NoDataFoundException`", "record " + ONE, TOO_MANY)),
                Map.entry("dsl.fetchValue(query)", List.of("`null`", "value " + ONE, TOO_MANY)));
    }

    @Test
    void checkedInTableMatchesWhatTheCodeRenders() throws IOException {
        // given
        Path checkedIn = RegenerateCatalogue.FETCH_MODES;

        // when
        String rendered = new FetchModesWriter().render();

        // then
        assertThat(checkedIn).as("%s is missing; create it with: %s", checkedIn, CatalogueWriter.COMMAND).exists();
        assertThat(Files.readString(checkedIn, StandardCharsets.UTF_8))
                .as("%s is stale; regenerate it with: %s", checkedIn, CatalogueWriter.COMMAND)
                .isEqualTo(rendered);
    }
}
