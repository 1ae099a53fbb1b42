-- Recipe: like, when it added nothing: was the like there, or is the user or the post unknown?
-- MariaDB returns the flags as 1 or 0, which JDBC reads as booleans.
SELECT
    EXISTS (SELECT 1 FROM users WHERE users.id = :user_id) AS user_exists,
    EXISTS (SELECT 1 FROM posts WHERE posts.id = :post_id) AS post_exists;
