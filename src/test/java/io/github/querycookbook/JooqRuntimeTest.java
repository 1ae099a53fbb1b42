package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.Constants;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the jOOQ that the build chose: 3.19, or 3.21 under profile {@code jooq-3.21}, which swaps only the
 * runtime jar. Without this check a classpath mix-up would let the 3.21 pass quietly test 3.19 again.
 */
class JooqRuntimeTest {

    @Test
    void runsOnTheJooqVersionThatTheBuildChose() throws ReflectiveOperationException {
        // FULL_VERSION is a compile-time constant: read reflectively, it comes from the jar on the classpath
        Object runtime = Constants.class.getField("FULL_VERSION").get(null);

        assertThat(runtime).isEqualTo(System.getProperty("cookbook.jooq-runtime.version"));
        assertThat(Constants.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .endsWith("/jooq-" + runtime + ".jar");
    }
}
