package io.github.querycookbook.testing;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Names test methods without their parameter list, so that an engine test reads
 * {@code keepsPostsWithoutLikesWithACountOfZero [PostgreSQL]} in an IDE, in Surefire's XML reports and in
 * {@link EngineSummary}. Set as JUnit's default in {@code junit-platform.properties}.
 *
 * <p>An {@link EngineTest} method's name ends in a space: its invocations are named {@code [engine]}, and Surefire
 * builds a report's test name by appending an invocation's name that starts with {@code [} to its method's name
 * without a separator.
 */
final class TestNames extends DisplayNameGenerator.Simple {

    @Override
    public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
            Method testMethod) {
        if (AnnotationSupport.isAnnotated(testMethod, EngineTest.class)) {
            return testMethod.getName() + " ";
        }
        return super.generateDisplayNameForMethod(enclosingInstanceTypes, testClass, testMethod);
    }
}
