package io.github.querycookbook.testing;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which server each engine uses in this run, or why it is skipped. H2 always runs. PostgreSQL, MariaDB and the Galera
 * cluster are probed once per JVM, when a test first needs them (the cluster is started then, or reused). With
 * {@code CI=true} an unreachable one is an error. Otherwise PostgreSQL and MariaDB fall back to an embedded server from
 * Maven, and an engine that still has none is skipped, with the reason printed once.
 *
 * <p>{@code -Dcookbook.engines=MariaDB} (names separated by commas) runs the {@link EngineTest}s on those engines
 * only; tests that compare engines still use all of them. {@code .ci/run} uses it to run the engine tests on the
 * embedded MariaDB, whose version differs from the server's.
 */
final class Engines {

    /**
     * The server an engine uses and what it is, or why it has none.
     *
     * @param server      the server, or {@code null} when the engine is skipped
     * @param description what {@link EngineServer#describe()} said when the engine was chosen
     * @param skipReason  why the engine is skipped, or {@code null} when it has a server
     */
    record Availability(EngineServer server, String description, String skipReason) {

        static Availability of(EngineServer server) {
            return new Availability(server, server.describe(), null);
        }

        static Availability skipped(String reason) {
            return new Availability(null, null, reason);
        }
    }

    private static final Set<Engine> SELECTED = selection(System.getProperty("cookbook.engines", ""));
    private static final Map<Engine, Availability> AVAILABILITY = new EnumMap<>(Engine.class);
    private static final Map<Engine, String> FAILURES = new EnumMap<>(Engine.class);

    private Engines() {
    }

    /** Whether the engine tests run on {@code engine} in this JVM (see {@code cookbook.engines}). */
    static boolean selected(Engine engine) {
        return SELECTED.contains(engine);
    }

    /** The engines named in {@code names}, by display or constant name, in any case; all of them when it is blank. */
    static Set<Engine> selection(String names) {
        if (names.isBlank()) {
            return EnumSet.allOf(Engine.class);
        }
        Set<Engine> selected = EnumSet.noneOf(Engine.class);
        for (String name : names.split(",")) {
            selected.add(Arrays.stream(Engine.values())
                    .filter(engine -> engine.toString().equalsIgnoreCase(name.strip())
                            || engine.name().equalsIgnoreCase(name.strip()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("cookbook.engines names an unknown engine \""
                            + name.strip() + "\"; allowed: " + Arrays.toString(Engine.values()))));
        }
        return selected;
    }

    static synchronized Availability of(Engine engine) {
        return AVAILABILITY.computeIfAbsent(engine, Engines::probe);
    }

    /** What this JVM decided so far; an engine that no test has asked for, or that failed the run, is absent. */
    static synchronized Map<Engine, Availability> decided() {
        return new EnumMap<>(AVAILABILITY);
    }

    /** Why an engine failed the run (it is mandatory under {@code CI=true}), or {@code null}. */
    static synchronized String failure(Engine engine) {
        return FAILURES.get(engine);
    }

    private static Availability probe(Engine engine) {
        EngineServer configured = switch (engine) {
            case H2 -> new H2Server();
            case POSTGRES -> PostgresServer.configured();
            case MARIADB -> MariaDbServer.configured();
            case GALERA -> new GaleraServer();
        };
        String reason = configured.unreachableReason();
        if (reason == null) {
            return Availability.of(configured);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            FAILURES.put(engine, engine + " is mandatory when CI=true, but there is " + reason);
            throw new IllegalStateException(FAILURES.get(engine)
                    + ". Start it (.ci/run shows how) or unset CI to skip it locally.");
        }
        if (engine == Engine.POSTGRES || engine == Engine.MARIADB) {
            try {
                EngineServer embedded = engine == Engine.POSTGRES ? PostgresServer.embedded()
                        : MariaDbServer.embedded();
                log("there is " + reason + "; using an embedded " + engine + " from Maven instead");
                return Availability.of(embedded);
            } catch (Exception | LinkageError e) {
                reason += ", and embedded " + engine + " did not start (" + messages(e) + ")";
            }
        }
        log("SKIPPING every " + engine + " test: " + reason + ". Set CI=true to make this an error.");
        return Availability.skipped(reason);
    }

    /** The messages of {@code e} and its causes: a library's own message often only says that something failed. */
    private static String messages(Throwable e) {
        StringBuilder messages = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            messages.append(": ").append(cause.getMessage());
        }
        return messages.toString();
    }

    /** Prints {@code message} where a build log shows it, marked as the cookbook's. */
    static void log(String message) {
        System.err.println("[jooq-query-cookbook] " + message);
    }
}
