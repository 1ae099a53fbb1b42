-- posts.like_count: the number of likes of each post, kept by the database, so that the top posts by likes are an
-- index range scan (ix_posts_like_count_id) instead of an aggregate over every like. Backfilled here from post_likes;
-- the triggers of the next version keep it right afterwards, whoever writes the likes.
-- MariaDB has its own copy in ../mariadb; SchemaParityTest keeps the two equal.

ALTER TABLE posts ADD COLUMN like_count BIGINT DEFAULT 0 NOT NULL;

UPDATE posts SET like_count = (SELECT COUNT(*) FROM post_likes WHERE post_likes.post_id = posts.id);

-- The order of the ranking: most liked first, ties by id ascending.
CREATE INDEX ix_posts_like_count_id ON posts (like_count DESC, id);
