-- Keeps posts.like_count (V2) equal to the number of post_likes rows of each post, whoever writes the likes: the
-- cookbook, a user's own SQL, a bulk INSERT … SELECT or COPY, and the deletes that ON DELETE CASCADE makes when a user
-- or a post goes (PostgreSQL fires triggers for those).
--
-- Statement-level triggers with transition tables: a statement that writes 200,000 likes runs one grouped UPDATE of
-- the posts it touched, not 200,000 single-row ones. A row-level trigger would cost a posts update per like.
--
-- Bulk-load escape hatch: a transaction that ran
--     select set_config('cookbook.like_count', 'off', true);
-- (transaction-local) writes likes without touching the counters, and must set posts.like_count itself before it
-- commits, for example with the backfill of V2:
--     update posts set like_count = (select count(*) from post_likes where post_likes.post_id = posts.id);
-- current_setting(…, true) is NULL when the setting was never made, and '' after a transaction-local one ended.
--
-- TRUNCATE post_likes fires no row or DELETE trigger, so a trigger of its own sets every counter back to 0.

CREATE FUNCTION cookbook_count_inserted_likes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('cookbook.like_count', true) IS DISTINCT FROM 'off' THEN
        UPDATE posts SET like_count = posts.like_count + added.likes
        FROM (SELECT post_id, count(*) AS likes FROM inserted_likes GROUP BY post_id) AS added
        WHERE posts.id = added.post_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION cookbook_count_deleted_likes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('cookbook.like_count', true) IS DISTINCT FROM 'off' THEN
        -- on a cascade from a deleted post, that post is already gone and simply not updated
        UPDATE posts SET like_count = posts.like_count - removed.likes
        FROM (SELECT post_id, count(*) AS likes FROM deleted_likes GROUP BY post_id) AS removed
        WHERE posts.id = removed.post_id;
    END IF;
    RETURN NULL;
END
$$;

-- An UPDATE that moves likes to another post: -1 for each old post, +1 for each new one; a change of user_id or
-- created_at alone nets 0 and updates nothing.
CREATE FUNCTION cookbook_count_moved_likes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('cookbook.like_count', true) IS DISTINCT FROM 'off' THEN
        UPDATE posts SET like_count = posts.like_count + moved.likes
        FROM (
            SELECT post_id, sum(change) AS likes
            FROM (
                SELECT post_id, 1 AS change FROM moved_to
                UNION ALL
                SELECT post_id, -1 AS change FROM moved_from
            ) AS changes
            GROUP BY post_id
            HAVING sum(change) <> 0
        ) AS moved
        WHERE posts.id = moved.post_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION cookbook_count_truncated_likes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('cookbook.like_count', true) IS DISTINCT FROM 'off' THEN
        UPDATE posts SET like_count = 0 WHERE like_count <> 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_post_likes_count_insert AFTER INSERT ON post_likes
    REFERENCING NEW TABLE AS inserted_likes
    FOR EACH STATEMENT EXECUTE FUNCTION cookbook_count_inserted_likes();

CREATE TRIGGER tr_post_likes_count_delete AFTER DELETE ON post_likes
    REFERENCING OLD TABLE AS deleted_likes
    FOR EACH STATEMENT EXECUTE FUNCTION cookbook_count_deleted_likes();

CREATE TRIGGER tr_post_likes_count_update AFTER UPDATE ON post_likes
    REFERENCING OLD TABLE AS moved_from NEW TABLE AS moved_to
    FOR EACH STATEMENT EXECUTE FUNCTION cookbook_count_moved_likes();

CREATE TRIGGER tr_post_likes_count_truncate AFTER TRUNCATE ON post_likes
    FOR EACH STATEMENT EXECUTE FUNCTION cookbook_count_truncated_likes();
