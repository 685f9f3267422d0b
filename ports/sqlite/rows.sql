-- The SQLite port's scripted check, run by the sqlite3 shell on a database
-- on a --dir mount; its output is compared with a native build of the same
-- sqlite3.c running the same script (Linux is the oracle).
.bail on
.headers on
PRAGMA journal_mode=DELETE;
CREATE TABLE r(id INTEGER PRIMARY KEY, v TEXT, n REAL);
BEGIN;
WITH RECURSIVE c(x) AS (VALUES(1) UNION ALL SELECT x + 1 FROM c WHERE x < 100000)
INSERT INTO r SELECT x, printf('row-%06d', x), x * 0.5 FROM c;
COMMIT;
SELECT count(*), sum(id), min(v), max(v), total(n) FROM r;
PRAGMA integrity_check;
CREATE INDEX r_v ON r(v);
SELECT count(*) AS like_09 FROM r WHERE v LIKE 'row-09%';
UPDATE r SET n = n * 2 WHERE id % 2 = 0;
DELETE FROM r WHERE id % 10 = 0;
SELECT count(*), total(n) FROM r;
BEGIN;
DELETE FROM r;
ROLLBACK;
SELECT count(*) AS after_rollback FROM r;
-- The same 100k rows as single statements (written by the recipe).
.read gen.sql
SELECT count(*), sum(length(t)) FROM g;
SELECT count(*) AS joined FROM r JOIN g ON g.id = r.id;
VACUUM;
PRAGMA integrity_check;
SELECT json_object('a', 1, 'b', json_array(1, 2.5, 'x')) AS json;
CREATE VIRTUAL TABLE f USING fts5(body);
INSERT INTO f SELECT 'row ' || v || CASE WHEN id % 1000 = 1 THEN ' needle' ELSE '' END FROM r;
SELECT count(*) AS fts_hits FROM f WHERE f MATCH 'needle';
SELECT printf('%.3f|%e|%d', 1.0 / 3, 12345.678, 1 << 40) AS fmt, round(2.5), 7 / 2, 7 % 3, abs(-9223372036854775807);
SELECT strftime('%Y-%m-%d %H:%M:%S', 0, 'unixepoch') AS epoch, date('2024-02-28', '+1 day') AS leap;
