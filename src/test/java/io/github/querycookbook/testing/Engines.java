package io.github.querycookbook.testing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which engines can be used in this run. H2 always can. PostgreSQL and MariaDB are probed once per JVM; with
 * {@code CI=true} an unreachable one is an error, otherwise its tests are skipped and the reason printed once.
 */
final class Engines {

    private static final Map<Engine, EngineServer> SERVERS = new EnumMap<>(Map.of(
            Engine.H2, new H2Server(),
            Engine.POSTGRES, new PostgresServer(),
            Engine.MARIADB, new MariaDbServer()));
    private static final Map<Engine, Optional<String>> UNAVAILABLE = new EnumMap<>(Engine.class);

    private Engines() {
    }

    static EngineServer server(Engine engine) {
        return SERVERS.get(engine);
    }

    /** Why the engine is skipped in this run, or empty when it is used. */
    static synchronized Optional<String> skipReason(Engine engine) {
        return UNAVAILABLE.computeIfAbsent(engine, Engines::probe);
    }

    private static Optional<String> probe(Engine engine) {
        String reason = SERVERS.get(engine).unreachableReason();
        if (reason == null) {
            return Optional.empty();
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(engine + " is mandatory when CI=true, but there is " + reason
                    + ". Start it (.ci/run shows how) or unset CI to skip it locally.");
        }
        System.err.println("[jooq-query-cookbook] SKIPPING every " + engine + " test: " + reason
                + ". Set CI=true to make this an error.");
        return Optional.of(reason);
    }
}
