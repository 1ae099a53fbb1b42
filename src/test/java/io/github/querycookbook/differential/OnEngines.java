package io.github.querycookbook.differential;

import io.github.querycookbook.testing.Engine;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * The engines a property needs. When one is unavailable in this run (and CI does not require it), the property is
 * reported as skipped with the reason, before any try: a try that gives up would only count as rejected, and a
 * property whose every try is rejected fails as "exhausted".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface OnEngines {

    Engine[] value();

    /** Registered on the test class; asks the class's databases, which it thereby makes. */
    final class SkipUnavailable implements SkipExecutionHook {

        @Override
        public PropagationMode propagateTo() {
            return PropagationMode.ALL_DESCENDANTS;
        }

        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return context.findAnnotation(OnEngines.class).stream()
                    .flatMap(engines -> Arrays.stream(engines.value()))
                    .map(RandomDifferentialTest.DATABASES::get)
                    .filter(db -> db.skipReason().isPresent())
                    .findFirst()
                    .map(db -> SkipResult.skip(db.engine() + " skipped: " + db.skipReason().get()))
                    .orElse(SkipResult.doNotSkip());
        }
    }
}
