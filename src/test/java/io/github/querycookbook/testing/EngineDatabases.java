package io.github.querycookbook.testing;

import java.util.EnumMap;
import java.util.Map;

/**
 * Migrated, empty databases, one per engine, for a test that needs every engine at once (the cross-engine properties
 * of the random differential tests), where {@link EngineTest} supplies one engine per run. They are made on first use,
 * on the same servers as the engine tests (so {@code CI=true} makes an unreachable engine an error here too), and
 * dropped by {@link #close()}.
 */
public final class EngineDatabases implements AutoCloseable {

    private final Map<Engine, TestDatabase> byEngine = new EnumMap<>(Engine.class);
    private final Map<Engine, Runnable> drops = new EnumMap<>(Engine.class);

    /** The engine's database; when the engine is unavailable in this run, one whose {@code skipReason} says why. */
    public synchronized TestDatabase get(Engine engine) {
        return byEngine.computeIfAbsent(engine, this::create);
    }

    private TestDatabase create(Engine engine) {
        Engines.Availability availability = Engines.of(engine);
        if (availability.server() == null) {
            return TestDatabase.unavailable(engine, availability.skipReason());
        }
        FreshDatabase database = availability.server().createMigrated(EngineServer.uniqueName());
        drops.put(engine, database.drop());
        return TestDatabase.available(engine, database);
    }

    @Override
    public synchronized void close() {
        drops.values().forEach(Runnable::run);
        drops.clear();
        byEngine.clear();
    }
}
