package io.github.querycookbook.testing;

import java.util.List;
import java.util.stream.Stream;

/** The migration versions each engine applies, in order. */
public final class SchemaVersions {

    private static final List<String> STANDARD = List.of("1", "2", "3", "4");
    /** MariaDB's folder also holds V5: the unique username that a Galera cluster can certify. */
    private static final List<String> MARIADB = List.of("1", "2", "3", "4", "5");

    private SchemaVersions() {
    }

    public static List<String> of(Engine engine) {
        return engine.isMariaDb() ? MARIADB : STANDARD;
    }

    /**
     * The versions in an engine's history table after a migration of an empty database. On the cluster, the
     * migration lock's table ({@code cookbook_schema_lock}) is there before Flyway looks, so Flyway finds the schema
     * not empty and records a baseline at version 0 first, which applies nothing.
     */
    public static List<String> recorded(Engine engine) {
        return engine == Engine.GALERA ? Stream.concat(Stream.of("0"), MARIADB.stream()).toList() : of(engine);
    }

    public static String latest(Engine engine) {
        return of(engine).get(of(engine).size() - 1);
    }
}
