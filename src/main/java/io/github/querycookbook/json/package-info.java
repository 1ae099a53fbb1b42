/**
 * A recipe whose answer is a JSON document built by the database: {@code postsByLikeCountJson}, with
 * {@code jsonArrayAgg(jsonObject(…))} and the order inside the aggregate.
 *
 * <p>{@link io.github.querycookbook.json.JsonQueries} builds the query without running it;
 * {@link io.github.querycookbook.QueryCookbook} runs it.
 */
package io.github.querycookbook.json;
