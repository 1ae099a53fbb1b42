package io.github.querycookbook.testing;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Reports an {@link EngineTest} invocation as skipped, with the reason, before its body runs when its engine is
 * unavailable; an abort from inside the body could be swallowed by an {@code assertThatThrownBy}.
 */
final class SkipUnavailableEngines implements InvocationInterceptor {

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        for (Object argument : invocationContext.getArguments()) {
            if (argument instanceof TestDatabase db && db.skipReason().isPresent()) {
                invocation.skip();
                throw new TestAbortedException(db.engine() + " skipped: " + db.skipReason().get());
            }
        }
        invocation.proceed();
    }
}
