/**
 * The generated recipe catalogue ({@code docs/recipes.md}): {@link io.github.querycookbook.catalog.CatalogueWriter}
 * renders it from the {@link io.github.querycookbook.RecipeCatalog}, the sources and the twin files;
 * {@link io.github.querycookbook.catalog.RegenerateCatalogue} writes it; {@code CatalogueIsUpToDateTest} fails when the
 * checked-in copy differs. The fetch-mode truth table ({@code docs/fetch-modes.md}) is generated beside it by
 * {@link io.github.querycookbook.catalog.FetchModesWriter}, and {@code FetchModesTest} checks it the same way.
 */
package io.github.querycookbook.catalog;
