/**
 * Renders each read query of the cookbook once per shape and context, and runs jOOQ's own rendered SQL again with new
 * bind values. Rendering is more than half of jOOQ's per-query cost on a warm JVM (see {@link
 * io.github.querycookbook.rendering.RenderedQueries}); the queries are still built with the DSL, and every value is
 * still bound, never put into SQL text.
 */
package io.github.querycookbook.rendering;
