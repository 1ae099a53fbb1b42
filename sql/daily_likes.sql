-- Recipe: dailyLikes (seed idea: likes per day for a chart, with the empty days filled)
-- The recursive CTE generates one row per day from :from_day to :to_day; the days are the LEFT side of the join, so
-- a day without likes keeps its row and COUNT(post_likes.user_id) gives it 0 (COUNT(*) would count the NULL row).
-- The post filter sits in ON: in WHERE it would drop the empty days again.
-- Adding an INTERVAL gives a DATE on MariaDB but a TIMESTAMP on PostgreSQL, whose recursive CTE then rejects the
-- change of type; the CAST keeps the column a DATE on both. H2 needs DATEADD instead: see h2/daily_likes.sql.
-- CAST(created_at AS DATE) is the UTC day, because created_at holds UTC wall-clock times. The column is utc_day, not
-- day: DAY is a reserved word on H2. The range on created_at repeats what the day equality implies, in a form that
-- the index ix_post_likes_post_id_created_at_user_id serves: only the likes within the days are read, not all the
-- post's.
WITH RECURSIVE days (utc_day) AS (
    SELECT CAST(:from_day AS DATE)
    UNION ALL
    SELECT CAST(days.utc_day + INTERVAL '1' DAY AS DATE)
    FROM days
    WHERE days.utc_day < :to_day
)
SELECT days.utc_day, COUNT(post_likes.user_id) AS likes
FROM days
LEFT JOIN post_likes
    ON post_likes.post_id = :post_id
    AND post_likes.created_at >= CAST(:from_day AS DATE)
    AND post_likes.created_at < CAST(:to_day AS DATE) + INTERVAL '1' DAY
    AND CAST(post_likes.created_at AS DATE) = days.utc_day
GROUP BY days.utc_day
ORDER BY days.utc_day;
