-- Recipe: like (and importLikes, as a JDBC batch)
-- Idempotent: 1 row when it added the like, 0 when the like was there, even when many callers like the same post at
-- once. 0 rows or a foreign-key violation lead to user_and_post_exist.sql, which tells an unknown id apart.
INSERT INTO post_likes (post_id, user_id)
VALUES (:post_id, :user_id)
ON CONFLICT DO NOTHING;
