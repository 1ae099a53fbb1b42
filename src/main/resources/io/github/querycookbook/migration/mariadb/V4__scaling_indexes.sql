-- The indexes of ../standard/V4 for MariaDB: the same names and columns (see the comments there).

CREATE INDEX ix_post_likes_user_id_created_at_post_id ON post_likes (user_id, created_at, post_id);

CREATE INDEX ix_post_likes_post_id_created_at_user_id ON post_likes (post_id, created_at, user_id);
