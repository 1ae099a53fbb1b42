-- Recipe: like, for MariaDB, as jOOQ renders it. INSERT IGNORE also ignores a foreign-key failure: 0 rows may mean an
-- unknown user or post, which user_and_post_exist.sql then tells apart.
INSERT IGNORE INTO post_likes (post_id, user_id)
VALUES (:post_id, :user_id);
