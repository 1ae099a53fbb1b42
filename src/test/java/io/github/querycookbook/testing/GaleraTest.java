package io.github.querycookbook.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * An {@link EngineTest} that runs on the Galera cluster only, for what only a cluster can show (a node that has not
 * applied a write yet, say). It shares the test class's databases and the engine rules: with {@code CI=true} a missing
 * cluster fails it, and where none starts it is reported as skipped with the reason, never passed silently.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
@ArgumentsSource(OnlyGalera.class)
@ExtendWith({EngineOfEachTest.class, SkipUnavailableEngines.class})
public @interface GaleraTest {
}
