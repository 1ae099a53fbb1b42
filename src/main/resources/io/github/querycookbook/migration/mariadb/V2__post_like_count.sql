-- posts.like_count for MariaDB: the same column, backfill and index as ../standard/V2, in MariaDB's SQL.
-- Descending index keys need MariaDB 10.8 or later.

ALTER TABLE posts ADD COLUMN like_count BIGINT NOT NULL DEFAULT 0;

UPDATE posts SET like_count = (SELECT COUNT(*) FROM post_likes WHERE post_likes.post_id = posts.id);

CREATE INDEX ix_posts_like_count_id ON posts (like_count DESC, id);
