package io.github.querycookbook.testing;

import java.util.List;
import org.jooq.SQLDialect;

/**
 * The engines every recipe runs on: three single servers, one per dialect, and a 3-node MariaDB Galera cluster, which
 * speaks MariaDB's dialect.
 */
public enum Engine {
    H2("H2", SQLDialect.H2),
    POSTGRES("PostgreSQL", SQLDialect.POSTGRES),
    MARIADB("MariaDB", SQLDialect.MARIADB),
    GALERA("MariaDB Galera (3 nodes)", SQLDialect.MARIADB);

    /** One engine per dialect: what the catalogue renders and what the cross-engine tests compare. */
    public static final List<Engine> DIALECTS = List.of(H2, POSTGRES, MARIADB);

    private final String displayName;
    private final SQLDialect dialect;

    Engine(String displayName, SQLDialect dialect) {
        this.displayName = displayName;
        this.dialect = dialect;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** Whether it speaks MariaDB's SQL: the single server or the cluster. */
    public boolean isMariaDb() {
        return dialect == SQLDialect.MARIADB;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
