-- Recipe: createPost, for H2 (FINAL TABLE instead of RETURNING, as jOOQ renders it). Outside a transaction a
-- foreign-key failure here can leave the inserted row behind, so the cookbook always runs it in one.
SELECT id, user_id, content, created_at
FROM FINAL TABLE (
    INSERT INTO posts (user_id, content)
    VALUES (:user_id, :content)
) posts;
