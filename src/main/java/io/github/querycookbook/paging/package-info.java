/**
 * Recipes that read a list a page at a time: numbered pages with their totals ({@code postsByLikeCountPage}, offset
 * pagination) and an endless newest-first feed ({@code feed}, keyset pagination with jOOQ's {@code seek}).
 *
 * <p>{@link io.github.querycookbook.paging.PagingQueries} builds each recipe's query as a jOOQ {@code ResultQuery}
 * without running it; {@link io.github.querycookbook.QueryCookbook} runs it and cuts the page with
 * {@link io.github.querycookbook.paging.Paging}.
 */
package io.github.querycookbook.paging;
