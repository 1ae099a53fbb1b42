package io.github.querycookbook.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs the test once per engine, passing a {@link TestDatabase} that belongs to the test class. Each run is named
 * after its method and engine, {@code keepsPostsWithoutLikesWithACountOfZero [PostgreSQL]} (see {@link TestNames}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ParameterizedTest(name = "[{0}]")
@ArgumentsSource(EachEngine.class)
@ExtendWith({EngineOfEachTest.class, SkipUnavailableEngines.class})
public @interface EngineTest {
}
