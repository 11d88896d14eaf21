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

n = r1 = r5 = r10 = mrr = 0
for line in open(queries, encoding='utf-8'):
    if not line.strip():
        continue
    q = json.loads(line)
    words = re.findall(r'\w+', q['q'])
    if not words:
        continue
    expr = ' OR '.join('"%s"' % w for w in words)
    rows = [r[0] for r in db.execute(
        'select file from t where t match ? order by bm25(t) limit 10', (expr,))]
    rank = rows.index(q['file']) + 1 if q['file'] in rows else 0
    n += 1
    r1 += rank == 1
    r5 += 1 <= rank <= 5
    r10 += 1 <= rank <= 10
    mrr += 1 / rank if rank else 0
print('fts5: queries %d  recall@1 %.3f  recall@5 %.3f  recall@10 %.3f  MRR %.3f'
      % (n, r1 / n, r5 / n, r10 / n, mrr / n))
