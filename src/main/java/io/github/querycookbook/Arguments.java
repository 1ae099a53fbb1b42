package io.github.querycookbook;

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
}
