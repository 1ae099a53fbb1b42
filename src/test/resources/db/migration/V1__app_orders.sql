-- A consumer application's own migration, in Flyway's default location and history table.
CREATE TABLE app_orders (
    id   BIGINT NOT NULL,
    note VARCHAR(100),
    CONSTRAINT pk_app_orders PRIMARY KEY (id)
);
