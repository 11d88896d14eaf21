#!/usr/bin/env python3
"""freetext-score.py — scores cv-redact-tool on documents of
bench/freetext-gen.py (span level, stricter than a value search):

- an identifier mention is caught when every letter and digit of it lies
  inside spans (a given name left before a redacted surname is a miss);
- a decoy is kept when no span touches it;
- content: share of the letters/digits of content sentences outside spans.

Usage: freetext-score.py TOOL docs.jsonl [-v] [--misses N]"""
import json, subprocess, sys
from collections import Counter


def spans_of(tool, text):
    out = subprocess.run([tool, '--spans'], input=text.encode(), capture_output=True, check=True).stdout
    res = []
    for line in out.decode('utf-8', 'replace').splitlines():
        f = line.split('\t')
        res.append((int(f[1]), int(f[2]), f[0]))
    return res


def main():
    tool, path = sys.argv[1], sys.argv[2]
    verbose = '-v' in sys.argv
    nmiss = int(sys.argv[sys.argv.index('--misses') + 1]) if '--misses' in sys.argv else 0
    tot, hit = Counter(), Counter()
    dec_tot = dec_kept = 0
    cont_tot = cont_kept = 0
    misses, overs = [], []
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        b = d['text'].encode()
        cov = bytearray(len(b))
        for s, e, _ in spans_of(tool, d['text']):
            for k in range(s, min(e, len(b))):
                cov[k] = 1
        for a in d['spans']:
            seg = b[a['start']:a['end']]
            idx = [a['start'] + k for k in range(len(seg)) if chr(seg[k]).isalnum() or seg[k] >= 0x80]
            if a['kind'] == 'pii':
                t = a['type']
                tot[t] += 1
                if all(cov[k] for k in idx):
                    hit[t] += 1
                else:
                    ctx = b[max(0, a['start'] - 40):a['end'] + 20].decode('utf-8', 'replace').replace('\n', '⏎')
                    misses.append((t, seg.decode(), ctx, d['id']))
            elif a['kind'] == 'decoy':
                dec_tot += 1
                if not any(cov[k] for k in range(a['start'], a['end'])):
                    dec_kept += 1
                else:
                    overs.append(('DECOY', seg.decode(), d['id']))
            else:
                cont_tot += len(idx)
                k = sum(1 for x in idx if not cov[x])
                cont_kept += k
                if k < len(idx):
                    overs.append(('CONTENT', seg.decode(), d['id']))
    per = tot['PERSON']
    other = sum(v for k, v in tot.items() if k != 'PERSON')
    oh = sum(v for k, v in hit.items() if k != 'PERSON')
    print('PERSON recall %.1f%% (%d/%d); other identifiers %.1f%% (%d/%d); all %.1f%%; decoys kept %.1f%% (%d/%d); content kept %.2f%%' % (
        100 * hit['PERSON'] / max(per, 1), hit['PERSON'], per, 100 * oh / max(other, 1), oh, other,
        100 * (hit['PERSON'] + oh) / max(per + other, 1),
        100 * dec_kept / max(dec_tot, 1), dec_kept, dec_tot, 100 * cont_kept / max(cont_tot, 1)))
    if verbose:
        for t in sorted(tot):
            print('  %-14s %5d/%-5d %.1f%%' % (t, hit[t], tot[t], 100 * hit[t] / tot[t]))
    for m in misses[:nmiss]:
        print('MISS', m)
    for o in overs[:nmiss]:
        print('OVER', o)


main()
