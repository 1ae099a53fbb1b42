-- Test-only twin: the MariaDB file that stands in for the common one.
SELECT 2 AS answer;
