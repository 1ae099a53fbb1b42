package io.github.querycookbook.catalog;

import io.github.querycookbook.RecipeCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code docs/recipes.md}; run it with {@value CatalogueWriter#COMMAND}. */
public final class RegenerateCatalogue {

    static final Path CATALOGUE = Path.of("docs", "recipes.md");

    private RegenerateCatalogue() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path root = Path.of("").toAbsolutePath();
        String markdown = new CatalogueWriter(root).render(RecipeCatalog.all());
        Files.createDirectories(root.resolve(CATALOGUE).getParent());
        Files.writeString(root.resolve(CATALOGUE), markdown, StandardCharsets.UTF_8);
        System.out.println("Wrote " + CATALOGUE + " (" + RecipeCatalog.all().size() + " recipes)");
    }
}
