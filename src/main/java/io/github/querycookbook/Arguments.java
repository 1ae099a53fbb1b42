package io.github.querycookbook;

import java.util.Collection;
import java.util.Objects;

/** Argument checks that several recipes share, so that they fail with the same words. */
public final class Arguments {

    private Arguments() {
    }

    /**
     * Checks that {@code value} lies in {@code [min, max]}.
     *
     * @return the value
     * @throws IllegalArgumentException naming the parameter and what is allowed, for example
     *                                  {@code limit must be between 1 and 100, was 0}
     */
    public static int between(String parameter, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    parameter + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code values} and each of its elements are set.
     *
     * @return the values
     * @throws NullPointerException naming the parameter if the collection is null, or
     *                              {@code <parameter> must not contain null} if an element is
     */
    public static <T extends Collection<?>> T noNulls(String parameter, T values) {
        Objects.requireNonNull(values, parameter);
        for (Object value : values) {
            if (value == null) {
                throw new NullPointerException(parameter + " must not contain null");
            }
        }
        return values;
    }
}
