-- Recipe: dailyLikes, as H2 needs it (the common file is ../daily_likes.sql; the comments there apply here too).
-- H2 2.5 rejects adding to the day in the recursive member, both days.utc_day + INTERVAL '1' DAY ("Feature not
-- supported: CHARACTER VARYING + INTERVAL DAY") and days.utc_day + 1; its DATEADD works, and returns a DATE.
WITH RECURSIVE days (utc_day) AS (
    SELECT CAST(:from_day AS DATE)
    UNION ALL
    SELECT DATEADD(DAY, 1, days.utc_day)
    FROM days
    WHERE days.utc_day < :to_day
)
SELECT days.utc_day, COUNT(post_likes.user_id) AS likes
FROM days
LEFT JOIN post_likes
    ON post_likes.post_id = :post_id
    AND post_likes.created_at >= CAST(:from_day AS TIMESTAMP)
    AND post_likes.created_at < DATEADD(DAY, 1, CAST(:to_day AS TIMESTAMP))
    AND CAST(post_likes.created_at AS DATE) = days.utc_day
GROUP BY days.utc_day
ORDER BY days.utc_day;
