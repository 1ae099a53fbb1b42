-- Keeps posts.like_count (V2) equal to the number of post_likes rows of each post, whoever writes the likes: the
-- cookbook, a user's own SQL or a bulk INSERT. The same counters as ../postgresql/V3 and ../h2/V3, in MariaDB's SQL:
-- row-level triggers, the only kind MariaDB has, so each like costs one update of its post.
--
-- * MariaDB fires no trigger for rows that ON DELETE CASCADE removes. Deleting a post needs nothing (its counter goes
--   with it); deleting a user removes their likes by cascade, so a trigger on users takes them off the counters of
--   the posts they liked, before the cascade runs.
-- * Lock order: the foreign-key check of an insert into post_likes takes a shared lock on the post, and an update of
--   the post afterwards would need it exclusive; two callers liking one post at once would each hold the shared lock
--   and wait for the other (a deadlock on every contended like). The BEFORE INSERT trigger therefore takes the
--   exclusive lock first, with an update that changes nothing; the count itself is added AFTER INSERT, as INSERT
--   IGNORE fires BEFORE INSERT triggers for the duplicates that it then skips.
-- * Error 1442: a statement that writes post_likes (or deletes users) must not read posts itself, for example
--   INSERT INTO post_likes SELECT … FROM posts: MariaDB refuses a trigger that updates a table its statement reads.
--   Select the ids first, or use the escape hatch and recount.
-- * TRUNCATE post_likes fires no trigger: recount afterwards (the update of V2).
--
-- Bulk-load escape hatch: a session that ran
--     SET @cookbook_like_count = 'off';
-- writes likes (and deletes users) without touching the counters, and must set posts.like_count itself, for example
-- with the backfill of V2:
--     UPDATE posts SET like_count = (SELECT COUNT(*) FROM post_likes WHERE post_likes.post_id = posts.id);
-- and then SET @cookbook_like_count = NULL. The variable lives as long as the session: a pooled connection keeps it.

CREATE TRIGGER tr_post_likes_lock_post BEFORE INSERT ON post_likes FOR EACH ROW
BEGIN
    IF NOT (@cookbook_like_count <=> 'off') THEN
        UPDATE posts SET like_count = like_count WHERE id = NEW.post_id;
    END IF;
END;

CREATE TRIGGER tr_post_likes_count_insert AFTER INSERT ON post_likes FOR EACH ROW
BEGIN
    IF NOT (@cookbook_like_count <=> 'off') THEN
        UPDATE posts SET like_count = like_count + 1 WHERE id = NEW.post_id;
    END IF;
END;

CREATE TRIGGER tr_post_likes_count_delete AFTER DELETE ON post_likes FOR EACH ROW
BEGIN
    IF NOT (@cookbook_like_count <=> 'off') THEN
        UPDATE posts SET like_count = like_count - 1 WHERE id = OLD.post_id;
    END IF;
END;

CREATE TRIGGER tr_post_likes_count_update AFTER UPDATE ON post_likes FOR EACH ROW
BEGIN
    IF NOT (@cookbook_like_count <=> 'off') AND OLD.post_id <> NEW.post_id THEN
        UPDATE posts SET like_count = like_count - 1 WHERE id = OLD.post_id;
        UPDATE posts SET like_count = like_count + 1 WHERE id = NEW.post_id;
    END IF;
END;

CREATE TRIGGER tr_users_uncount_likes BEFORE DELETE ON users FOR EACH ROW
BEGIN
    IF NOT (@cookbook_like_count <=> 'off') THEN
        UPDATE posts JOIN post_likes ON post_likes.post_id = posts.id
        SET posts.like_count = posts.like_count - 1
        WHERE post_likes.user_id = OLD.id;
    END IF;
END;
