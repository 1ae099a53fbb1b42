-- Recipe: createUser, for H2, which has no INSERT ... RETURNING: the data change delta table FINAL TABLE returns the
-- inserted row, as jOOQ renders it.
SELECT id, username
FROM FINAL TABLE (
    INSERT INTO users (username)
    VALUES (:username)
) users;
