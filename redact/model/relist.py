#!/usr/bin/env python3
"""relist.py — give the committed name model the run-time name lists.

train-names.py writes into names-model.bin the name-list filter of
bench/freetext-pools2.py "lists": the public lists *without* the names held
out for the project's own evaluation sets (the first round's "test" pool of
bench/freetext-pools.py and the second round's "fresh" pool).  That kept those
sets honest, but it also meant that caviar, as shipped, did not know
"Miller", "Walid" or "Adama" as names: about a fifth of the public lists.

This script keeps the weights and the dictionary filter of a model and
rewrites only its name-list filter, from every name of the three pools
(lists + fresh + test), in a filter twice as large (1 MiB, NBITS 23) so that
the false-positive rate stays below the old one.  The weights do not change:
the model was trained with half of the list names hidden from its features
(train-names.py --list-drop), so it already reads both "in a list" and
"in no list".

Usage (inputs as in README.md, Rebuild):
  python3 redact/model/relist.py /tmp/pools.json /tmp/pools2.json \\
      redact/model/names-model.bin [OUT]
Deterministic: the same inputs give the same file byte for byte.

The evaluation sets drawn from those pools (bench/freetext-fresh.py,
freetext-eval.py's held-out halves) no longer measure names the model has
never seen; the independent generators (bench/freetext-indep*.py) do.
"""
import importlib.util, json, os, re, struct, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('train_names', os.path.join(HERE, 'train-names.py'))
tn = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tn)

NBITS = 23
DICTS = ['/usr/share/dict/french', '/usr/share/dict/canadian-english']


# Origins of the held-out pools whose dictionary words stay out of the lists:
# the second round's public name parts (@cspell/dict-people-names and the
# census lists: "Love", "Fin", "Who", "Ok") and the first round's list of
# names chosen for being common words ("Rose", "Page", "Prudence").
WORDY = ('lists', 'wordnames')
# faker's locales ("en_AU", "fr_SN", "uz_UZ_latin"); the other origins are
# the project's hand lists ("quebec", "haitian3")
LOCALE = re.compile(r'^[a-z]{2}(_[A-Za-z]+)*$')


def not_names():
    """The words the project already holds for no name: the gazetteer's stop
    words (redact/gen-names.py STOP: "victoria", "royal", "paris", "long")
    and the places of redact/scan-words.c ("london", "gatineau"), folded."""
    root = os.path.dirname(HERE)
    gen = open(os.path.join(root, 'gen-names.py'), encoding='utf-8').read()
    stop = re.search(r'^STOP = set\("""(.*?)"""', gen, re.S | re.M).group(1).split()
    words = open(os.path.join(root, 'scan-words.c'), encoding='utf-8').read()
    body = re.search(r'places\[\] = \{(.*?)\};', words, re.S).group(1)
    return {tn.fold_bytes(w.lower()) for w in stop + re.findall(r'"([^"]+)"', body)}


def full_lists(pools, pools2, dicts):
    """The training lists, plus the held-out names: every one that is no
    dictionary word ("Walid", "Meziane"), and the dictionary words of four
    letters or more that a hand list or two locales give as names ("Miller",
    "Khan", "Rosaire", "Mathieu"); a word of the public name parts ("Love",
    "Fin"), of the word-names list, of one locale only ("Even", "Python"),
    a shorter one ("Lui", "So", "Do") or one the project holds for no name
    (not_names: "Paris", "Royal", "Victoria") does not join (the lists the model was trained with hold the word names
    it learned to weigh)."""
    p1 = json.load(open(pools, encoding='utf-8'))
    p2 = json.load(open(pools2, encoding='utf-8'))
    words = {tn.fold_bytes(w) for w in tn.dictionary_words(dicts)}
    stop = not_names()
    lists = {k: set(v) for k, v in p2['lists'].items()}
    held = [p2['fresh'], p1['test']]
    # a dictionary word joins from one of the project's hand lists, or from
    # two faker locales at least (one locale's "Even", "Menu" or "Python"
    # does not)
    seen = {}
    for pool in held:
        for oname, origin in pool.items():
            for kind in ('first', 'last'):
                for n in origin.get(kind, []):
                    seen.setdefault((kind, n), set()).add(oname)

    def vouched(kind, n):
        origins = seen[(kind, n)] - set(WORDY)
        hand = any(not LOCALE.match(o) for o in origins)
        return hand or len(origins) >= 2

    for pool in held:
        for oname, origin in pool.items():
            for kind in ('first', 'last'):
                lists[kind].update(n for n in origin.get(kind, [])
                                   if (oname not in WORDY and len(n) >= 4 and
                                       tn.fold_bytes(n.lower()) not in stop and
                                       vouched(kind, n)) or
                                   tn.fold_bytes(n.lower()) not in words)
    return {k: sorted(v) for k, v in lists.items()}


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    pools, pools2, model = sys.argv[1:4]
    out = sys.argv[4] if len(sys.argv) == 5 else model
    data = open(model, 'rb').read()
    if data[:8] != b'CVNM0002':
        sys.exit('%s: not a name model' % model)
    wbits, bbits, thr, margin, nbits = struct.unpack('<IIiiI', data[8:28])
    head = 28 + (1 << wbits) * 2 + (1 << bbits) // 8
    if len(data) != head + (1 << nbits) // 8:
        sys.exit('%s: truncated name model' % model)
    lists = full_lists(pools, pools2, DICTS)
    tn.NBITS = NBITS
    nbloom, n = tn.names_bloom(lists)
    with open(out, 'wb') as f:
        f.write(data[:24])
        f.write(struct.pack('<I', NBITS))
        f.write(data[28:head])
        f.write(nbloom)
    print('name-list entries: %d (%s); filter %d KiB' % (
        n, ', '.join('%s %d' % (k, len(v)) for k, v in sorted(lists.items())),
        len(nbloom) // 1024), file=sys.stderr)


if __name__ == '__main__':
    main()
