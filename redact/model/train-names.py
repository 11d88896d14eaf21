#!/usr/bin/env python3
"""train-names.py — trains the person-name recogniser of the redaction stage
(redact/names-model.c) and writes redact/model/names-model.bin.

Model: per-token averaged perceptron over hashed features (the features are
computed by the C code itself, `cv-redact-tool --features`, so training and
run time can never disagree).  Data (see redact/model/README.md):
  1. sentences generated in the shapes records take (bench/freetext-gen.py,
     name pool "train" of bench/freetext-pools.py: never the held-out pool);
  2. the French newspaper NER corpus of the Europeana Newspapers project
     (CC0), tokens tagged PER;
  3. the Debian word lists wfrench and wcanadian (lower-case entries), as a
     Bloom filter inside the model (dictionary membership feature);
  4. (second round) short frames of bench/freetext-train2.py with the names
     of the public lists of bench/freetext-pools2.py ("train2"), and those
     lists as a second Bloom filter (first names, surnames, name parts:
     the name-list feature); never the held-out pools.

Usage (from the source root, after a build):
  python3 redact/model/train-names.py --tool build/redact/cv-redact-tool \\
      --pools /tmp/pools.json --pools2 /tmp/pools2.json --enp ENP_FR.bio \\
      [--out redact/model/names-model.bin]
Deterministic: same inputs, same model (fixed seeds, no threads)."""
import argparse, hashlib, json, os, random, struct, subprocess, sys, tempfile, unicodedata

WBITS = 17
BBITS = 23  # dictionary filter: 1 MiB, 0.4 % false positives
NBITS = 22  # name lists: 512 KiB
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def fold_bytes(word):
    """The C model's folding (names-model.c model_fold)."""
    out = bytearray()
    for ch in word:
        o = ord(ch)
        if o < 0x80:
            out += ch.lower().encode() if ch.isalpha() else ch.encode()
        elif ch in 'ÆæŒœ':
            out += b'ae' if ch in 'Ææ' else b'oe'
        elif 0xC0 <= o <= 0xFF:
            table = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts" "aaaaaaaceeeeiiiidnooooo\0ouuuuyty"
            c = table[o - 0xC0]
            out += c.encode() if c != '\0' else ch.encode()
        else:
            out += ch.encode()
    return bytes(out[:32])


M64 = 0xFFFFFFFFFFFFFFFF


def word_hash(b):
    """names-model.c fold_hash(): 8 bytes at a time, little-endian."""
    h = 1469598103934665603 ^ len(b)
    for i in range(0, len(b), 8):
        x = int.from_bytes(b[i:i + 8], 'little')
        h = ((h ^ x) * 0x9E3779B97F4A7C15) & M64
        h ^= h >> 31
    return (h * 1099511628211) & M64


def dictionary_words(paths):
    """The dictionaries' lower-case entries of two letters or more."""
    for path in paths:
        for line in open(path, encoding='utf-8', errors='replace'):
            w = line.strip()
            if w and not w[0].isupper() and len(w) >= 2:
                yield w


def dictionary_bloom(paths):
    bits = bytearray((1 << BBITS) // 8)
    n = 0
    for w in dictionary_words(paths):
        h = word_hash(fold_bytes(w))
        # three bits in one 64-bit word (names-model.c bloom_has)
        word = h & ((1 << (BBITS - 6)) - 1)
        for sh in (32, 38, 44):
            b = word * 64 + ((h >> sh) & 63)
            bits[b >> 3] |= 1 << (b & 7)
        n += 1
    return bytes(bits), n


def name_key(h, kind):
    """names-model.c name_lists(): the key of a folded word's hash in list
    @kind (1 first names, 2 surnames, 3 name parts)."""
    x = ((h ^ ((kind * 0x9E3779B97F4A7C15) & M64)) * 0xBF58476D1CE4E5B9) & M64
    return x ^ (x >> 31)


def names_bloom(lists, drop=0):
    """The name lists (bench/freetext-pools2.py "lists") as one filter, three
    bits in one 64-bit word per (word, list).  With @drop (tenths), that
    share of the names is left out (by a hash of the name): the filter the
    training features are computed with, so that the model sees names in no
    list as it will at run time, and does not learn that a name is a word
    of the lists."""
    bits = bytearray((1 << NBITS) // 8)
    n = 0
    for kind, key in ((1, 'first'), (2, 'last'), (3, 'either')):
        for w in lists[key]:
            if drop and hashlib.sha256(('drop:' + w.lower()).encode()).digest()[0] % 10 < drop:
                continue
            for form in {w, w.lower(), w[:1].upper() + w[1:].lower()}:
                h = name_key(word_hash(fold_bytes(form)), kind)
                word = h & ((1 << (NBITS - 6)) - 1)
                for sh in (32, 38, 44):
                    b = word * 64 + ((h >> sh) & 63)
                    bits[b >> 3] |= 1 << (b & 7)
                n += 1
    return bytes(bits), n


DICT_MARGIN = 10000  # a dictionary word alone needs this much more score


def write_model(path, weights, threshold, bloom, nbloom):
    with open(path, 'wb') as f:
        f.write(b'CVNM0002')
        f.write(struct.pack('<IIiiI', WBITS, BBITS, threshold, DICT_MARGIN, NBITS))
        f.write(struct.pack('<%dh' % len(weights), *weights))
        f.write(bloom)
        f.write(nbloom)


def enp_docs(path, limit_tokens):
    """Europeana newspapers BIO ('token TAG' lines) as texts with PER spans."""
    toks = []
    for line in open(path, encoding='utf-8', errors='replace'):
        parts = line.rstrip('\n').split(' ')
        if len(parts) != 2 or not parts[0]:
            continue
        toks.append((parts[0], parts[1].endswith('PER')))
        if len(toks) >= limit_tokens:
            break
    docs = []
    for i in range(0, len(toks), 400):
        buf = bytearray()
        spans = []
        for j, (t, per) in enumerate(toks[i:i + 400]):
            sep = b'\n' if j and j % 40 == 0 and toks[i + j - 1][0] in '.;' else b' '
            if buf:
                buf += sep
            s = len(buf)
            buf += t.encode()
            if per:
                spans.append({'kind': 'pii', 'type': 'PERSON', 'start': s, 'end': len(buf)})
        docs.append({'lang': 'fr', 'text': buf.decode('utf-8', 'replace'), 'spans': spans,
                     'src': 'enp'})
    return docs


def generated_docs(pools, seeds, pools2=None):
    docs = []
    gen = os.path.join(ROOT, 'bench', 'freetext-gen.py')
    gen2 = os.path.join(ROOT, 'bench', 'freetext-train2.py')
    for which, n, seed in seeds:
        if which == 'train2':
            cmd = [sys.executable, gen2, pools, pools2, str(n), str(seed)]
        else:
            cmd = [sys.executable, gen, pools, 'train', which, str(n), str(seed)]
        out = subprocess.run(cmd, capture_output=True, check=True).stdout.decode()
        for line in out.splitlines():
            d = json.loads(line)
            d['src'] = 'gen'
            docs.append(d)
    return docs


LABELS = {'PERSON': 'PERSONNE', 'SIN': 'NAS', 'RAMQ': 'RAMQ', 'DRIVER_LICENSE': 'PERMIS',
          'PASSPORT': 'PASSEPORT', 'PHONE': 'TÉLÉPHONE', 'EMAIL': 'COURRIEL',
          'POSTAL_CODE': 'CODE-POSTAL', 'ADDRESS': 'ADRESSE', 'DOB': 'DATE-NAISSANCE',
          'CREDIT_CARD': 'CARTE', 'BANK_ACCOUNT': 'COMPTE', 'IBAN': 'IBAN', 'IP_ADDRESS': 'IP'}


def redacted(d):
    """The document as the redactor writes it (identifiers replaced by
    tokens): what it reads again when redacted text is redacted."""
    b = d['text'].encode()
    out = bytearray()
    pos = 0
    for a in sorted((a for a in d['spans'] if a['kind'] == 'pii'), key=lambda a: a['start']):
        if a['start'] < pos:
            continue
        out += b[pos:a['start']] + ('[%s]' % LABELS[a['type']]).encode()
        pos = a['end']
    out += b[pos:]
    return {'lang': d['lang'], 'text': out.decode(), 'spans': [], 'src': 'redacted'}


def featurize(tool, model, docs):
    """Runs the C feature dump on documents grouped by language; returns
    (features, label, doc index) per candidate token."""
    rows = []
    for lang in ('fr', 'en'):
        group = [(i, d) for i, d in enumerate(docs) if d['lang'] == lang]
        for c0 in range(0, len(group), 200):
            chunk = group[c0:c0 + 200]
            buf = bytearray()
            bounds = []
            for i, d in chunk:
                b = d['text'].encode()
                bounds.append((len(buf), len(buf) + len(b), i))
                buf += b + b'\n\n\n'
            out = subprocess.run([tool, '--features', '--model', model, '--lang', lang],
                                 input=bytes(buf), capture_output=True, check=True).stdout
            bi = 0
            for line in out.decode().splitlines():
                f = line.split()
                s, e = int(f[0]), int(f[1])
                while bi < len(bounds) and bounds[bi][1] <= s:
                    bi += 1
                if bi >= len(bounds):
                    break
                off, _, di = bounds[bi]
                d = docs[di]
                ls, le = s - off, e - off
                y = any(a['type'] == 'PERSON' and a['kind'] == 'pii' and a['start'] < le and ls < a['end']
                        for a in d['spans'])
                rows.append(([int(x) for x in f[2:]], 1 if y else -1, di))
    return rows


def train(rows, epochs, pos_weight, seed):
    R = random.Random(seed)
    w = [0.0] * (1 << WBITS)
    acc = [0.0] * (1 << WBITS)
    stamp = [0] * (1 << WBITS)
    c = 1
    order = list(range(len(rows)))
    for ep in range(epochs):
        R.shuffle(order)
        for i in order:
            f, y, _ = rows[i]
            s = sum(w[k] for k in f)
            margin = 0.5 if y > 0 else 0.0
            if y * s <= margin:
                u = y * (pos_weight if y > 0 else 1.0)
                for k in f:
                    acc[k] += (c - stamp[k]) * w[k]
                    stamp[k] = c
                    w[k] += u
            c += 1
    for k in range(len(w)):
        acc[k] += (c - stamp[k]) * w[k]
        w[k] = acc[k] / c
    return w


def quantise(w):
    big = max(abs(x) for x in w) or 1.0
    scale = 32000.0 / big / 4  # headroom: 24 features can add up
    return [max(-32767, min(32767, int(round(x * scale)))) for x in w], scale


def evaluate(rows, wq, thr):
    tp = fp = fn = tn = 0
    for f, y, _ in rows:
        s = sum(wq[k] for k in f)
        p = s > thr
        if y > 0 and p: tp += 1
        elif y > 0: fn += 1
        elif p: fp += 1
        else: tn += 1
    return tp, fp, fn, tn


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--tool', required=True)
    ap.add_argument('--pools', required=True)
    ap.add_argument('--pools2', required=True, help='bench/freetext-pools2.py output')
    ap.add_argument('--train2', type=int, default=3000, help='documents of bench/freetext-train2.py')
    ap.add_argument('--list-drop', type=int, default=5,
                    help='tenths of the list names left out of the filter the training features see')
    ap.add_argument('--enp', help='enp_FR.bnf.bio (Europeana Newspapers, CC0)')
    ap.add_argument('--enp-tokens', type=int, default=30000)
    ap.add_argument('--dicts', nargs='*', default=['/usr/share/dict/french', '/usr/share/dict/canadian-english'])
    ap.add_argument('--out', default=os.path.join(HERE, 'names-model.bin'))
    ap.add_argument('--epochs', type=int, default=6)
    ap.add_argument('--pos-weight', type=float, default=2.5)
    ap.add_argument('--recall', type=float, default=0.97, help='token recall the threshold aims at')
    ap.add_argument('--max-threshold', type=int, default=0)
    args = ap.parse_args()

    bloom, nd = dictionary_bloom(args.dicts)
    print('dictionary words: %d' % nd, file=sys.stderr)
    lists = json.load(open(args.pools2, encoding='utf-8'))['lists']
    nbloom, nn = names_bloom(lists)
    nbloom_train, nt = names_bloom(lists, args.list_drop)
    print('name-list entries: %d (%d for the training features)' % (nn, nt), file=sys.stderr)
    tmp = tempfile.mkdtemp()
    m0 = os.path.join(tmp, 'm0.bin')
    write_model(m0, [0] * (1 << WBITS), 0, bloom, nbloom_train)

    docs = generated_docs(args.pools, [('qc', 1500, 1), ('intl', 900, 2), ('qc', 600, 3),
                                       ('train2', args.train2, 4)], args.pools2)
    docs += [redacted(d) for d in docs[::3]]
    if args.enp:
        docs += enp_docs(args.enp, args.enp_tokens)
    rows = featurize(args.tool, m0, docs)
    # held-back slice: every tenth document, never trained on
    held = [r for r in rows if r[2] % 10 == 9]
    trn = [r for r in rows if r[2] % 10 != 9]
    print('candidate tokens: %d train, %d held back (%d names)' % (
        len(trn), len(held), sum(1 for r in held if r[1] > 0)), file=sys.stderr)
    w = train(trn, args.epochs, args.pos_weight, 20261204)
    wq, scale = quantise(w)
    # threshold: the highest that keeps the aimed token recall on the
    # training rows
    pos = sorted(sum(wq[k] for k in f) for f, y, _ in trn if y > 0)
    thr = pos[int((1.0 - args.recall) * len(pos))] - 1 if pos else 0
    thr = min(thr, args.max_threshold)
    for name, part in (('train', trn), ('held-back', held)):
        tp, fp, fn, tn = evaluate(part, wq, thr)
        print('%s: accuracy %.2f%%, name precision %.2f%%, name recall %.2f%% (tp %d fp %d fn %d tn %d)' % (
            name, 100.0 * (tp + tn) / max(1, tp + tn + fp + fn), 100.0 * tp / max(1, tp + fp),
            100.0 * tp / max(1, tp + fn), tp, fp, fn, tn), file=sys.stderr)
    for t in (thr, 2000, 4000, 6000, 8000):
        tp, fp, fn, tn = evaluate(held, wq, t)
        print('  held-back at threshold %6d: name precision %.2f%%, recall %.2f%%' % (
            t, 100.0 * tp / max(1, tp + fp), 100.0 * tp / max(1, tp + fn)), file=sys.stderr)
    write_model(args.out, wq, thr, bloom, nbloom)
    print('wrote %s (threshold %d, %d non-zero weights)' % (
        args.out, thr, sum(1 for x in wq if x)), file=sys.stderr)


if __name__ == '__main__':
    main()
