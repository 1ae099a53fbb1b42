/**
 * Recipes that take many ids at once ({@code postsByIds}): {@link io.github.querycookbook.ids.IdBatches} checks the
 * ids, drops duplicates and cuts them into batches small enough for every engine's limit on bind values;
 * {@link io.github.querycookbook.ids.ManyIdsQueries} builds the query of one batch.
 */
package io.github.querycookbook.ids;
