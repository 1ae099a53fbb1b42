package io.github.querycookbook.catalog;

import io.github.querycookbook.RecipeCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes {@code docs/recipes.md} and {@code docs/fetch-modes.md}; run it with {@value CatalogueWriter#COMMAND}. */
public final class RegenerateCatalogue {

    static final Path CATALOGUE = Path.of("docs", "recipes.md");
    static final Path FETCH_MODES = Path.of("docs", "fetch-modes.md");

    /** Held so the level set on them is not lost to garbage collection of the loggers. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"));

    private RegenerateCatalogue() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        String markdown = new CatalogueWriter().render(RecipeCatalog.topics());
        Files.createDirectories(CATALOGUE.getParent());
        Files.writeString(CATALOGUE, markdown, StandardCharsets.UTF_8);
        System.out.println("Wrote " + CATALOGUE + " (" + RecipeCatalog.all().size() + " recipes)");
        Files.writeString(FETCH_MODES, new FetchModesWriter().render(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + FETCH_MODES);
    }
}
