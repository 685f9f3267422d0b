/* wal_threads.c DB - four threads, each with its own connection, write to one
 * database file in WAL mode while reading what the others wrote; then the
 * main thread checks every row, PRAGMA integrity_check and a checkpoint.
 * Linked against the port's libsqlite3.a. Prints "ok"/"FAIL" lines and
 * "N passed, M failed"; exits 1 if anything failed. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "sqlite3.h"

enum { THREADS = 4, ROWS = 2500, BATCH = 50 };

static int passed, failed;
static void result(int ok, const char *what, const char *detail) {
    if (ok) {
        passed++;
        printf("ok   %s\n", what);
    } else {
        failed++;
        printf("FAIL %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    }
}

static const char *path;

struct worker {
    int id;
    int rc;               /* SQLITE_OK or the first error */
    char err[200];
    long long max_seen;   /* most rows another thread's query saw */
};

static int exec(sqlite3 *db, const char *sql, struct worker *w) {
    char *msg = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK && w->rc == SQLITE_OK) {
        w->rc = rc;
        snprintf(w->err, sizeof w->err, "%s: %s", sql, msg ? msg : sqlite3_errstr(rc));
    }
    sqlite3_free(msg);
    return rc;
}

static void *work(void *arg) {
    struct worker *w = arg;
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL) != SQLITE_OK) {
        w->rc = SQLITE_CANTOPEN;
        snprintf(w->err, sizeof w->err, "open: %s", sqlite3_errmsg(db));
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, 60000);
    sqlite3_stmt *ins = NULL, *count = NULL;
    sqlite3_prepare_v2(db, "INSERT INTO t(thread, i, payload) VALUES (?1, ?2, printf('%d-%d-%.*c', ?1, ?2, ?2 % 97, 'x'))", -1, &ins, NULL);
    sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE thread <> ?1", -1, &count, NULL);
    for (int i = 0; i < ROWS && w->rc == SQLITE_OK; i += BATCH) {
        if (exec(db, "BEGIN IMMEDIATE", w) != SQLITE_OK) break;
        for (int j = i; j < i + BATCH; ++j) {
            sqlite3_bind_int(ins, 1, w->id);
            sqlite3_bind_int(ins, 2, j);
            int rc = sqlite3_step(ins);
            sqlite3_reset(ins);
            if (rc != SQLITE_DONE) {
                w->rc = rc;
                snprintf(w->err, sizeof w->err, "insert: %s", sqlite3_errmsg(db));
                break;
            }
        }
        if (exec(db, w->rc == SQLITE_OK ? "COMMIT" : "ROLLBACK", w) != SQLITE_OK) break;
        /* A reader between the writes: WAL lets it run beside a writer. */
        sqlite3_bind_int(count, 1, w->id);
        if (sqlite3_step(count) == SQLITE_ROW) {
            long long n = sqlite3_column_int64(count, 0);
            if (n > w->max_seen) w->max_seen = n;
        }
        sqlite3_reset(count);
    }
    sqlite3_finalize(ins);
    sqlite3_finalize(count);
    sqlite3_close(db);
    return NULL;
}

static long long query_int(sqlite3 *db, const char *sql) {
    sqlite3_stmt *st = NULL;
    long long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: wal_threads DB\n");
        return 2;
    }
    path = argv[1];
    char detail[256];
    result(sqlite3_threadsafe() != 0, "library built thread-safe", NULL);

    sqlite3 *db = NULL;
    int rc = sqlite3_open(path, &db);
    result(rc == SQLITE_OK, "open", rc == SQLITE_OK ? NULL : sqlite3_errmsg(db));
    if (rc != SQLITE_OK) return 1;
    sqlite3_stmt *st = NULL;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode=WAL", -1, &st, NULL);
    const char *mode = sqlite3_step(st) == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : "?";
    snprintf(detail, sizeof detail, "journal_mode is %s", mode ? mode : "NULL");
    result(mode && strcmp(mode, "wal") == 0, "PRAGMA journal_mode=WAL", detail);
    sqlite3_finalize(st);
    char *msg = NULL;
    rc = sqlite3_exec(db, "DROP TABLE IF EXISTS t; CREATE TABLE t(thread INTEGER, i INTEGER, payload TEXT, PRIMARY KEY(thread, i))",
                      NULL, NULL, &msg);
    result(rc == SQLITE_OK, "create table", msg);
    sqlite3_free(msg);

    pthread_t tid[THREADS];
    struct worker w[THREADS];
    memset(w, 0, sizeof w);
    int started = 0;
    for (int i = 0; i < THREADS; ++i) {
        w[i].id = i;
        if (pthread_create(&tid[i], NULL, work, &w[i]) == 0) started++;
    }
    result(started == THREADS, "4 threads started", NULL);
    for (int i = 0; i < started; ++i) pthread_join(tid[i], NULL);
    for (int i = 0; i < THREADS; ++i) {
        char what[64];
        snprintf(what, sizeof what, "thread %d wrote its %d rows", i, ROWS);
        result(w[i].rc == SQLITE_OK, what, w[i].err);
    }

    long long rows = query_int(db, "SELECT count(*) FROM t");
    snprintf(detail, sizeof detail, "%lld rows", rows);
    result(rows == (long long)THREADS * ROWS, "all rows are there", detail);
    long long per = query_int(db, "SELECT count(*) FROM (SELECT thread, count(*) c, sum(i) s FROM t GROUP BY thread "
                                  "HAVING c = 2500 AND s = 2500 * 2499 / 2)");
    result(per == THREADS, "every thread's rows are complete", NULL);
    long long bad = query_int(db, "SELECT count(*) FROM t WHERE payload <> printf('%d-%d-%.*c', thread, i, i % 97, 'x')");
    result(bad == 0, "payloads intact", NULL);

    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL);
    const char *ic = sqlite3_step(st) == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : "?";
    snprintf(detail, sizeof detail, "%s", ic ? ic : "NULL");
    result(ic && strcmp(ic, "ok") == 0, "PRAGMA integrity_check", detail);
    sqlite3_finalize(st);

    int log_frames = -1, ckpt = -1;
    rc = sqlite3_wal_checkpoint_v2(db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log_frames, &ckpt);
    snprintf(detail, sizeof detail, "rc %d, %d frames, %d checkpointed", rc, log_frames, ckpt);
    result(rc == SQLITE_OK, "WAL checkpoint (truncate)", detail);
    sqlite3_close(db);

    /* A fresh connection sees the same data after the checkpoint. */
    rc = sqlite3_open(path, &db);
    rows = rc == SQLITE_OK ? query_int(db, "SELECT count(*) FROM t") : -1;
    result(rows == (long long)THREADS * ROWS, "rows after reopening", NULL);
    sqlite3_close(db);

    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
