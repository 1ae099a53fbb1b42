-- Recipe: createUser
-- One statement inserts and returns the stored row with its generated id. A taken username fails with the engine's
-- unique violation (SQLSTATE 23505, MariaDB 23000/1062), which the cookbook turns into AlreadyExistsException:
-- checking first would race with another caller creating the same name.
INSERT INTO users (username)
VALUES (:username)
RETURNING id, username;
