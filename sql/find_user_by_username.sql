-- Recipes: findUserByUsername and getUserByUsername (seed ideas: filter_by(username=...).one_or_none() and
-- one_or_404())
-- An exact comparison, as the unique key compares: 'Ann' and 'ann' are two users. On MariaDB the table's binary
-- collation (utf8mb4_nopad_bin) makes = exact; its default collation would ignore case, accents and emoji.
SELECT users.id, users.username
FROM users
WHERE users.username = :username;
