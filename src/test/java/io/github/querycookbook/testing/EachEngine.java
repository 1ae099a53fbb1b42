package io.github.querycookbook.testing;

import io.github.querycookbook.testing.DatabaseSetup.Setup;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Supplies one {@link TestDatabase} per selected engine (all, unless {@code cookbook.engines} names some) to an
 * {@link EngineTest}. The databases belong to the outermost test
 * class (nested classes share them), are created on first use and dropped when that class finishes.
 */
final class EachEngine implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        ExtensionContext classContext = outermostClass(context);
        ClassDatabases databases = classContext.getStore(ExtensionContext.Namespace.create(EachEngine.class))
                .computeIfAbsent(ClassDatabases.class, key -> new ClassDatabases(setupOf(classContext)),
                        ClassDatabases.class);
        return Arrays.stream(Engine.values()).filter(Engines::selected).map(databases::get).map(Arguments::of);
    }

    private static ExtensionContext outermostClass(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getParent().flatMap(ExtensionContext::getParent).isPresent()) {
            current = current.getParent().orElseThrow();
        }
        return current;
    }

    private static Setup setupOf(ExtensionContext classContext) {
        return AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), DatabaseSetup.class)
                .map(DatabaseSetup::value)
                .orElse(Setup.MIGRATED);
    }

    /** The fresh databases of one test class, one per engine; closing drops them. */
    private static final class ClassDatabases implements AutoCloseable {

        private final Setup setup;
        private final Map<Engine, TestDatabase> byEngine = new EnumMap<>(Engine.class);
        private final Map<Engine, Runnable> drops = new EnumMap<>(Engine.class);

        ClassDatabases(Setup setup) {
            this.setup = setup;
        }

        synchronized TestDatabase get(Engine engine) {
            return byEngine.computeIfAbsent(engine, this::create);
        }

        private TestDatabase create(Engine engine) {
            Engines.Availability availability = Engines.of(engine);
            if (availability.server() == null) {
                return TestDatabase.unavailable(engine, availability.skipReason());
            }
            EngineServer server = availability.server();
            String name = EngineServer.uniqueName();
            FreshDatabase database = setup == Setup.BLANK ? server.createBlank(name) : server.createMigrated(name);
            drops.put(engine, database.drop());
            TestDatabase testDatabase = TestDatabase.available(engine, database);
            if (setup == Setup.SOCIAL_FIXTURE) {
                SocialFixture.insertInto(testDatabase.dsl());
            }
            return testDatabase;
        }

        @Override
        public synchronized void close() {
            drops.values().forEach(Runnable::run);
        }
    }

    /** The test class's database on {@code engine}: the one its {@link EngineTest}s get, created on first use. */
    static TestDatabase databaseOf(ExtensionContext context, Engine engine) {
        ExtensionContext classContext = outermostClass(context);
        return classContext.getStore(ExtensionContext.Namespace.create(EachEngine.class))
                .computeIfAbsent(ClassDatabases.class, key -> new ClassDatabases(setupOf(classContext)),
                        ClassDatabases.class)
                .get(engine);
    }
}
