package io.github.querycookbook.tour;

import java.util.function.Supplier;

/**
 * What calling a recipe gave: a value, or the exception it threw. Two outcomes are equal when their values are, or
 * when both threw the same exception class with the same message.
 *
 * @param value   what the call returned, or {@code null} when it threw
 * @param failure the exception's simple class name and message, or {@code null} when it returned
 */
public record Outcome(Object value, String failure) {

    static Outcome of(Supplier<?> call) {
        try {
            return new Outcome(call.get(), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    boolean failed() {
        return failure != null;
    }
}
