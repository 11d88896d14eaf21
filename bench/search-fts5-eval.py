#!/usr/bin/env python3
"""search-fts5-eval.py — the SQLite FTS5 baseline on a retrieval set.

Indexes DOCS/*.txt (one row a file) in FTS5 (unicode61 remove_diacritics 2),
runs each query of QUERIES.jsonl ({"q", "file"}) as an OR of its words ranked
by bm25, and prints recall@1/5/10 and MRR, like bench/search-eval.sh.

usage: bench/search-fts5-eval.py [DOCS_DIR QUERIES.jsonl]
"""
import json, os, re, sqlite3, sys

here = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(here, '..', '..', 'shared', 'corpus', 'retrieval-dev')
docs = sys.argv[1] if len(sys.argv) > 1 else os.path.join(base, 'docs')
queries = sys.argv[2] if len(sys.argv) > 2 else os.path.join(base, 'queries.jsonl')

db = sqlite3.connect(':memory:')
db.execute("create virtual table t using fts5(file unindexed, body, "
           "tokenize='unicode61 remove_diacritics 2')")
for name in sorted(os.listdir(docs)):
    with open(os.path.join(docs, name), encoding='utf-8') as f:
        db.execute('insert into t values (?, ?)', (name, f.read()))

sys.path.insert(0, here)
report = __import__('search-eval').report
HALVES = ('dev', 'val')  # as in search-eval.py: even lines, odd lines
ranks = []
lines = [l for l in open(queries, encoding='utf-8') if l.strip()]
for i, line in enumerate(lines):
    q = json.loads(line)
    words = re.findall(r'\w+', q['q'])
    if not words:
        continue
    expr = ' OR '.join('"%s"' % w for w in words)
    rows = [r[0] for r in db.execute(
        'select file from t where t match ? order by bm25(t) limit 10', (expr,))]
    rank = rows.index(q['file']) + 1 if q['file'] in rows else 0
    ranks.append((HALVES[i % 2], rank))
report('fts5', ranks)
