#!/usr/bin/env bash
# SQLite (Debian `sqlite3`): its own configure and Makefile with the SDK's
# driver, threads on, Debian's compile-time options but loadable extensions
# (no dlopen in WASIX guests). CROSS_BUILDING=yes is the make variable of
# Debian's 30-cross.patch: lemon then runs as a build-machine program (BCC).
# lt_cv_prog_gnu_ld=no: libtool takes wasm-ld for GNU ld and links the shell
# with -Wl,-rpath, which wasm-ld rejects; as a non-GNU linker on an unknown
# system it adds no run path (there are no shared libraries here anyway).
# Tests: the shell runs rows.sql (100k rows in a transaction, integrity_check,
# rollback, 100k single INSERTs, VACUUM, JSON, FTS5) on a --dir mount and its
# output must equal a native build of the same sqlite3.c; wal_threads.c (ours,
# linked against the port's libsqlite3.a) writes from 4 threads to one file in
# WAL mode. SQLite's own test suite needs a Tcl interpreter built for the
# target (testfixture), which this SDK does not have.
PORT=sqlite
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

port_fetch sqlite3 3.40.1-2+deb12u2 \
  sqlite3_3.40.1-2+deb12u2.dsc=ee3459ae9d00939741c7708fc1b8ce1bde12d8c3fb1dfa005bbbc8651d884e23 \
  sqlite3_3.40.1.orig-www.tar.xz=a5e95a18d1b59729278860559ded78751b9163ffb5bb906c5cd24c015f71d5fd \
  sqlite3_3.40.1.orig.tar.xz=aaa776260ab4dc976db34aa7891819484c8676b5b2783123ebc6301e2ca5d655 \
  sqlite3_3.40.1-2+deb12u2.debian.tar.xz=0843bc12e4364076477935ce313a6d0796fd899a989ff18ebb6545540e10e4ca

# debian/rules' CFLAGS but SQLITE_ENABLE_LOAD_EXTENSION.
defs=(-DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3
      -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1
      -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB
      -DSQLITE_ALLOW_ROWID_IN_VIEW -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 -DSQLITE_ENABLE_JSON1
      -DSQLITE_LIKE_DOESNT_MATCH_BLOBS -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_FTS3_TOKENIZER=1
      -DSQLITE_USE_URI=1 -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_PREUPDATE_HOOK
      -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_STMTVTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000)

B="$WORK/build"
build() {
  (cd "$B" && nice ./configure --host=wasm32-wasi --build="$(gcc -dumpmachine)" \
     CC="$CC_WASIX" BCC=gcc AR="$AR_WASIX" RANLIB="$RANLIB_WASIX" \
     CFLAGS="-O2 -fno-strict-aliasing ${defs[*]}" \
     --disable-shared --enable-static --enable-threadsafe --disable-load-extension \
     --enable-json --enable-fts4 --enable-fts5 --disable-tcl --disable-readline --disable-editline \
     lt_cv_prog_gnu_ld=no) \
     > "$WORK/configure.log" 2>&1 || { say "configure failed (log: $WORK/configure.log)"; return 1; }
  nice make -C "$B" -j"$JOBS" CROSS_BUILDING=yes sqlite3 libsqlite3.la > "$WORK/make.log" 2>&1 ||
    { say "make failed (log: $WORK/make.log)"; return 1; }
  # Ours, against the port's library.
  "$CC_WASIX" -O2 -I"$B" "$PORTS_DIR/sqlite/wal_threads.c" "$B/.libs/libsqlite3.a" -o "$WORK/wal_threads" ||
    return 1
  # The oracle: the same amalgamation and shell, native.
  nice gcc -O1 "${defs[@]}" -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 \
    -I"$B" "$B/shell.c" "$B/sqlite3.c" -lpthread -lm -o "$WORK/sqlite3-native" 2> "$WORK/native.log" ||
    { say "native build failed (log: $WORK/native.log)"; return 1; }
}
if port_fresh_build "$B" "$PORTS_DIR/sqlite/wal_threads.c"; then
  say "building in $B"
  build || { port_done; exit 1; }
fi
port_built "$B/sqlite3"

data="$WORK/data" native="$WORK/data-native"
rm -rf "$data" "$native" && mkdir -p "$data" "$native"
sq() { "$RUN" --dir "$data:/data" --cwd /data "$@"; }

version() { sq "$B/sqlite3" -version | tee /dev/stderr | grep -q '^3\.40\.1 '; }
check "sqlite3 -version" version

# 100k single INSERT statements in one transaction, for rows.sql's .read.
{
  echo "CREATE TABLE g(id INTEGER PRIMARY KEY, t TEXT);"
  echo "BEGIN;"
  seq 1 100000 | awk '{ printf "INSERT INTO g VALUES(%d, '"'"'text %d'"'"');\n", $1, $1 * 7 }'
  echo "COMMIT;"
} > "$data/gen.sql"
cp "$data/gen.sql" "$PORTS_DIR/sqlite/rows.sql" "$native/"
cp "$PORTS_DIR/sqlite/rows.sql" "$data/"
rows() {
  sq "$B/sqlite3" -batch rows.db .read\ rows.sql > "$WORK/rows.out" 2>&1 || { cat "$WORK/rows.out"; return 1; }
  (cd "$native" && "$WORK/sqlite3-native" -batch rows.db .read\ rows.sql) > "$WORK/rows.native" 2>&1 ||
    { cat "$WORK/rows.native"; return 1; }
  cat "$WORK/rows.out"
  diff "$WORK/rows.native" "$WORK/rows.out"
}
check "rows.sql (100k rows, integrity_check, FTS5, JSON) equals native" rows

# wal_threads on the --dir mount, each of its checks one result.
if out=$(sq "$WORK/wal_threads" /data/wal.db 2>&1); then status=0; else status=$?; fi
printf '%s\n' "$out"
results_of wal_threads <<< "$out"
[[ $status == 0 ]] || fail "wal_threads exits 0" "exit $status: $(grep -v '^ok ' <<< "$out" | tail -3 | tr '\n' ' ')"
# The same in a --copy-dir directory (copied in, written back afterwards).
copied="$WORK/data-copied"
rm -rf "$copied" && mkdir -p "$copied"
copy_dir() {
  "$RUN" --copy-dir "$copied:/workspace/data" --cwd /workspace/data "$WORK/wal_threads" /workspace/data/wal.db > "$WORK/copy-dir.log" 2>&1 ||
    { cat "$WORK/copy-dir.log"; return 1; }
  [[ -s $copied/wal.db ]]
}
check "wal_threads on a --copy-dir directory" copy_dir
port_done
