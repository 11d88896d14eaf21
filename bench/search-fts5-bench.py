#!/usr/bin/env python3
"""search-fts5-bench.py — SQLite FTS5 on the same chunks and queries as
bench/search-bench.sh: build time and single-query latency (p50/p99).

usage: search-fts5-bench.py CHUNKS.txt QUERIES.txt DB_PATH [K]
FTS5 (plaintext, unicode61 remove_diacritics 2), each query an OR of its
words ranked by bm25, LIMIT K (default 10), timed in-process.
"""
import os
import re
import sqlite3
import sys
import time

chunks, queries, path = sys.argv[1], sys.argv[2], sys.argv[3]
k = int(sys.argv[4]) if len(sys.argv) > 4 else 10
if os.path.exists(path):
    os.unlink(path)
db = sqlite3.connect(path)
db.execute("pragma journal_mode=wal")
db.execute("create virtual table t using fts5(body, tokenize='unicode61 remove_diacritics 2')")
t0 = time.perf_counter()
n = 0
with open(chunks, encoding="utf-8") as f:
    batch = []
    for line in f:
        batch.append((line,))
        n += 1
        if len(batch) == 1000:
            db.executemany("insert into t(body) values (?)", batch)
            batch = []
    if batch:
        db.executemany("insert into t(body) values (?)", batch)
db.commit()
build = time.perf_counter() - t0
print("fts5: built %d chunks in %.1f s (%.0f chunks/s), %.0f MB"
      % (n, build, n / build, os.path.getsize(path) / 1e6))

lat = []
qs = [q.strip() for q in open(queries, encoding="utf-8") if q.strip()]
sql = "select rowid, bm25(t) from t where t match ? order by bm25(t) limit %d" % k
for q in qs[:20]:  # warm-up
    words = re.findall(r"\w+", q)
    db.execute(sql, (" OR ".join('"%s"' % w for w in words),)).fetchall()
for q in qs:
    words = re.findall(r"\w+", q)
    expr = " OR ".join('"%s"' % w for w in words)
    t = time.perf_counter()
    db.execute(sql, (expr,)).fetchall()
    lat.append((time.perf_counter() - t) * 1000)
lat.sort()
print("fts5: queries %d  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms  mean %.3f ms"
      % (len(lat), lat[len(lat) // 2], lat[int(len(lat) * 0.9)], lat[int(len(lat) * 0.99)],
         lat[-1], sum(lat) / len(lat)))
