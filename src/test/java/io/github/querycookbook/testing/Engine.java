package io.github.querycookbook.testing;

import org.jooq.SQLDialect;

/** The three engines every recipe runs on. */
public enum Engine {
    H2("H2", SQLDialect.H2),
    POSTGRES("PostgreSQL", SQLDialect.POSTGRES),
    MARIADB("MariaDB", SQLDialect.MARIADB);

    private final String displayName;
    private final SQLDialect dialect;

    Engine(String displayName, SQLDialect dialect) {
        this.displayName = displayName;
        this.dialect = dialect;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
