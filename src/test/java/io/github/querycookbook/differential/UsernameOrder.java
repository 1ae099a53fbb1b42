package io.github.querycookbook.differential;

import io.github.querycookbook.testing.Engine;
import java.util.Comparator;

/**
 * How an engine sorts usernames, the one place where the engines legitimately differ in these recipes
 * ("in the engine's ascending order", says {@link io.github.querycookbook.Cookbook}). H2 compares Java strings, that
 * is UTF-16 units; PostgreSQL (the test databases use the {@code C} collation) and MariaDB (the schema's
 * {@code utf8mb4_nopad_bin}) compare code points. The two disagree when a character above U+FFFF, whose UTF-16 form
 * starts with a surrogate (U+D800 to U+DFFF), meets one from U+E000 to U+FFFF: H2 sorts {@code 😀} (U+1F600) before
 * {@code Ｚ} (U+FF3A), the others after it.
 */
enum UsernameOrder {
    UTF16_UNITS(String::compareTo),
    CODE_POINTS(UsernameOrder::compareCodePoints);

    private final Comparator<String> comparator;

    UsernameOrder(Comparator<String> comparator) {
        this.comparator = comparator;
    }

    static UsernameOrder of(Engine engine) {
        return engine == Engine.H2 ? UTF16_UNITS : CODE_POINTS;
    }

    Comparator<String> comparator() {
        return comparator;
    }

    private static int compareCodePoints(String left, String right) {
        return java.util.Arrays.compare(left.codePoints().toArray(), right.codePoints().toArray());
    }
}
