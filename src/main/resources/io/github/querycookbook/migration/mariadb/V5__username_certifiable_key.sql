-- MariaDB only: the unique username that a Galera cluster can certify.
-- V1's unique username is a long unique (USING HASH: MariaDB's hidden hash over a VARCHAR(1024) of utf8mb4). Galera
-- leaves that hash out of the keys it certifies: two nodes could both commit one username, both callers were told
-- "created", and the cluster then threw one row away (Write_rows_v1 … Duplicate entry, an inconsistency vote).
-- A stored SHA-256 of the exact bytes is 32 bytes long, so it gets an ordinary B-tree unique index, which Galera
-- certifies. Equal bytes are equal utf8mb4_nopad_bin values, so 'Ann' and 'ann', 'ann' and 'ann ' stay apart, and
-- 1024 four-byte characters still fit. INVISIBLE keeps SELECT * and positional inserts as they were. The constraint
-- keeps its name, so a duplicate still reports uq_users_username (1062, 23000), with the hash as the entry.
-- On a single server it also ends the deadlocks (1213) that the hash gave a quarter of the losers of a race.
-- MariaDB rebuilds the table (ALGORITHM=COPY); on a cluster this ALTER pauses writes on every node while it runs.
ALTER TABLE users
    DROP INDEX uq_users_username,
    ADD COLUMN username_sha256 BINARY(32) AS (UNHEX(SHA2(username, 256))) STORED INVISIBLE,
    ADD CONSTRAINT uq_users_username UNIQUE (username_sha256);
