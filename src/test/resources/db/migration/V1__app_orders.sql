-- A consumer application's own migration, in Flyway's default location and history table. It runs on every engine,
-- so its primary key has no name: MariaDB ignores a primary key's name and warns about it.
CREATE TABLE app_orders (
    id   BIGINT NOT NULL,
    note VARCHAR(100),
    PRIMARY KEY (id)
);
