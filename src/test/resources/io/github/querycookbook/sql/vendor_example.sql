-- Test-only twin: the common file.
SELECT 1 AS answer;
