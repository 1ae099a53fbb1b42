package io.github.querycookbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.RecipeCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in catalogue is exactly what the code renders today. This test compares; it never writes. */
class CatalogueIsUpToDateTest {

    @Test
    void checkedInCatalogueMatchesWhatTheCodeRenders() throws IOException {
        // given
        Path root = Path.of("").toAbsolutePath();
        Path checkedIn = root.resolve(RegenerateCatalogue.CATALOGUE);

        // when
        String rendered = new CatalogueWriter(root).render(RecipeCatalog.all());

        // then
        assertThat(checkedIn).as("%s is missing; create it with: %s", checkedIn, CatalogueWriter.COMMAND).exists();
        assertThat(Files.readString(checkedIn, StandardCharsets.UTF_8))
                .as("%s is stale; regenerate it with: %s", RegenerateCatalogue.CATALOGUE, CatalogueWriter.COMMAND)
                .isEqualTo(rendered);
    }

    @Test
    void showsEveryRecipeWithItsCodeTwinAndSqlForEveryEngine() {
        String rendered = new CatalogueWriter(Path.of("").toAbsolutePath()).render(RecipeCatalog.all());

        RecipeCatalog.all().forEach(recipe -> assertThat(rendered)
                .contains("\n## " + recipe.name() + "\n")
                .contains("public ResultQuery<")
                .contains("(../sql/" + recipe.twinFile() + "):"));
        assertThat(rendered.split("\nH2:\n", -1)).hasSize(RecipeCatalog.all().size() + 1);
        assertThat(rendered.split("\nPostgreSQL:\n", -1)).hasSize(RecipeCatalog.all().size() + 1);
        assertThat(rendered.split("\nMariaDB:\n", -1)).hasSize(RecipeCatalog.all().size() + 1);
        assertThat(rendered).contains("where posts.user_id = :author_id")
                .contains("Pitfall").doesNotContain("{@code").doesNotContain("<pre>");
    }
}
