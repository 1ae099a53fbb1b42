-- Recipe: createPost
-- One statement inserts and returns the stored row, with the created_at that the column's default gave it.
-- An unknown author fails with the foreign-key violation, and the cookbook throws NotFoundException.
INSERT INTO posts (user_id, content)
VALUES (:user_id, :content)
RETURNING id, user_id, content, created_at;
