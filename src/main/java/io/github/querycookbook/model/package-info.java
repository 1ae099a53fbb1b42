/**
 * The recipes' results, and the likes that {@code importLikes} takes, as immutable Java records. Timestamps are
 * {@link java.time.LocalDateTime} values that mean UTC on every engine (see the README's "Time" section).
 */
package io.github.querycookbook.model;
