package io.github.querycookbook.testing;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Remembers the engine of each {@link EngineTest} invocation by its JUnit unique id, so that {@link EngineSummary}
 * can count the tests of each engine. It must wrap {@link SkipUnavailableEngines}, so that skipped tests count too.
 */
final class EngineOfEachTest implements InvocationInterceptor {

    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        for (Object argument : invocationContext.getArguments()) {
            if (argument instanceof TestDatabase db) {
                ENGINES.put(extensionContext.getUniqueId(), db.engine());
            }
        }
        invocation.proceed();
    }

    /** The engine the test with this unique id ran on, or empty when it is not an engine test. */
    static Optional<Engine> engineOf(String uniqueId) {
        return Optional.ofNullable(ENGINES.get(uniqueId));
    }
}
