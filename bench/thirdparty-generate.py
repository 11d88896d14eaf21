#!/usr/bin/env python3
"""thirdparty-generate.py — a fresh third-party English set: presidio-research's
own generator templates filled with values drawn from its own value lists, with
a seed, in the format of bench/freetext-score.py.  For evaluation only (never
for training or for writing rules).

Source: microsoft/presidio-research (MIT licence, Copyright (c) Microsoft
Corporation), commit 7622dec1e5f7d25dc60b57c28c39f4c4af197018,
presidio_evaluator/data_generator/raw_data/: templates.txt (209 templates),
FakeNameGenerator.com_3000.csv (3,000 fake people of 24 name sets and 31
countries: names, street addresses, cities, postal codes, phones with country
codes, e-mails, occupations), companies_and_organizations.csv,
nationalities.csv.  python3-faker is not packaged on this Debian, so the
other values are drawn here from their definitions: Luhn-valid card numbers
of the networks' prefixes and lengths, IBANs with the ISO 13616 lengths and
mod-97 check digits, US SSNs of valid areas, IPv4/IPv6 addresses, US
driver's licence shapes of presidio's us_driver_license_format.yaml.
Given names and surnames are drawn from different rows (new combinations);
one name in ten is in lower case, one in twenty in capitals.

  thirdparty-generate.py RAW_DATA_DIR SEED N > set.jsonl

Mapping as bench/thirdparty-presidio.py: identifiers PERSON, ADDRESS (street
address, building number, secondary address, street name), PHONE, EMAIL,
CREDIT_CARD, IBAN, US_SSN, IP_ADDRESS, US_DRIVER_LICENSE, POSTAL_CODE; kept
values (decoys) ORGANIZATION, GPE (city, country, state), NRP, TITLE (prefix,
job); not scored: dates, ages, years, URLs.  Content: the text between the
filled values."""
import csv, io, json, os, random, re, sys

PERSON_KEYS = {'person', 'name', 'name_male', 'name_female', 'first_name', 'last_name',
               'first_name_male', 'first_name_female', 'first_name_nonbinary',
               'last_name_male', 'last_name_female'}


def load(raw):
    def rows(name):
        with open(os.path.join(raw, name), encoding='utf-8-sig') as f:
            return list(csv.DictReader(f))
    people = rows('FakeNameGenerator.com_3000.csv')
    orgs = [r['organization'] for r in rows('companies_and_organizations.csv') if r['organization']]
    nats = rows('nationalities.csv')
    with open(os.path.join(raw, 'templates.txt'), encoding='utf-8') as f:
        templates = [l.rstrip('\n') for l in f if l.strip()]
    return people, orgs, nats, templates


def luhn_complete(prefix, length, rng):
    digits = prefix + ''.join(rng.choice('0123456789') for _ in range(length - len(prefix) - 1))
    s = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return digits + str((10 - s % 10) % 10)


def card(rng):
    kind = rng.choice(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners', 'maestro'])
    if kind == 'visa':
        n = luhn_complete('4', rng.choice([16, 16, 13, 19]), rng)
    elif kind == 'mc':
        n = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif kind == 'mc2':
        n = luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif kind == 'amex':
        n = luhn_complete(rng.choice(['34', '37']), 15, rng)
    elif kind == 'disc':
        n = luhn_complete(rng.choice(['6011', '65', '644']), 16, rng)
    elif kind == 'jcb':
        n = luhn_complete(str(rng.randint(3528, 3589)), 16, rng)
    elif kind == 'diners':
        n = luhn_complete(rng.choice(['36', '38', '300']), 14, rng)
    else:
        n = luhn_complete(rng.choice(['5018', '5020', '6304', '6759']), rng.choice([12, 16, 19]), rng)
    style = rng.random()
    if style < 0.6 or len(n) % 4:
        return n
    sep = ' ' if style < 0.85 else '-'
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


IBAN_LEN = {'DE': 22, 'FR': 27, 'GB': 22, 'ES': 24, 'IT': 27, 'NL': 18, 'BE': 16, 'CH': 21,
            'AT': 20, 'PL': 28, 'PT': 25, 'SE': 24, 'NO': 15, 'DK': 18, 'FI': 18, 'IE': 22,
            'LU': 20, 'CZ': 24, 'HU': 28, 'GR': 27, 'RO': 24, 'HR': 21, 'SI': 19, 'EE': 20,
            'TN': 24, 'TR': 26, 'SA': 24, 'AE': 23, 'IL': 23, 'BR': 29, 'CY': 28, 'IS': 26}


def iban(rng):
    cc = rng.choice(sorted(IBAN_LEN))
    n = IBAN_LEN[cc] - 4
    letters = cc in ('GB', 'NL', 'IE')  # bank code in letters
    bban = (''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(4)) if letters else '')
    bban += ''.join(rng.choice('0123456789') for _ in range(n - len(bban)))
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    check = 98 - int(num) % 97
    s = '%s%02d%s' % (cc, check, bban)
    if rng.random() < 0.4:
        s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(['-', '-', '-', ' ', ''])
    return '%03d%s%02d%s%04d' % (a, sep, g, sep, s)


def ip(rng):
    if rng.random() < 0.7:
        return '.'.join(str(rng.randint(1, 254)) for _ in range(4))
    return ':'.join('%x' % rng.randint(0, 0xffff) for _ in range(8))


def licence(rng):
    shape = rng.choice(['#######', '########', '?#######', '?########', '##-###-####',
                        '?###-###-##-###-#', '?##-##-####', '#########'])
    return ''.join(rng.choice('0123456789') if c == '#' else
                   rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') if c == '?' else c for c in shape)


def phone(p, rng):
    num = p['TelephoneNumber']
    cc = p['TelephoneCountryCode']
    r = rng.random()
    if r < 0.35:
        return num
    if r < 0.7:
        return '+%s %s' % (cc, num)
    if r < 0.85:
        return '+%s-%s' % (cc, num.replace(' ', '-'))
    return '(%s) %s' % (cc, num) if cc != '1' else '+1 %s' % num


def case(s, rng):
    r = rng.random()
    if r < 0.10:
        return s.lower()
    if r < 0.15:
        return s.upper()
    return s


def street_parts(p):
    """Street name and building number out of a FakeNameGenerator street address."""
    s = p['StreetAddress']
    m = re.match(r'^(\d+[A-Za-z]?)\s+(.*)$', s) or re.match(r'^(.*?)\s+(\d+[A-Za-z]?)$', s)
    if not m:
        return s, str(1 + hash(s) % 200)
    a, b = m.group(1), m.group(2)
    return (b, a) if a[0].isdigit() else (a, b)


def address(p, rng):
    sep = rng.choice([', ', '\n', ' '])
    parts = [p['StreetAddress']]
    if rng.random() < 0.25:
        parts[0] += ' ' + rng.choice(['Apt. ', 'Suite ', 'Unit ', 'Flat ']) + str(rng.randint(1, 999))
    tail = '%s %s' % (p['ZipCode'], p['City']) if rng.random() < 0.5 else '%s %s' % (p['City'], p['ZipCode'])
    parts.append(tail)
    if rng.random() < 0.6:
        parts.append(p['CountryFull'])
    return sep.join(parts)


def fill(template, data, rng):
    people, orgs, nats = data
    row = rng.choice(people)
    out = []
    spans = []  # (start_char, end_char, kind, type)
    pos = 0
    for m in re.finditer(r'\{\{([a-z_0-9]+)\}\}', template):
        out.append(template[pos:m.start()])
        start = sum(len(x) for x in out)
        key = m.group(1)
        p = rng.choice(people)
        kind, typ = 'cut', ''
        if key in PERSON_KEYS:
            g, s = p['GivenName'], rng.choice(people)['Surname']
            if key.startswith('first_name'):
                v = g
            elif key.startswith('last_name'):
                v = s
            elif rng.random() < 0.15:
                v = '%s %s. %s' % (g, p['MiddleInitial'], s)
            else:
                v = '%s %s' % (g, s)
            v = case(v, rng)
            kind, typ = 'pii', 'PERSON'
        elif key.startswith('prefix'):
            v = rng.choice({'prefix_male': ['Mr.', 'Dr.'], 'prefix_female': ['Mrs.', 'Ms.', 'Dr.'],
                            'prefix': ['Mr.', 'Mrs.', 'Ms.', 'Dr.']}[key])
            kind, typ = 'decoy', 'TITLE'
        elif key == 'address':
            v, kind, typ = address(p, rng), 'pii', 'ADDRESS'
        elif key == 'street_name':
            v, kind, typ = street_parts(p)[0], 'pii', 'ADDRESS'
        elif key == 'building_number':
            v, kind, typ = street_parts(p)[1], 'pii', 'ADDRESS'
        elif key == 'secondary_address':
            v = rng.choice(['Apt. ', 'Suite ', 'Unit ', 'Flat ']) + str(rng.randint(1, 999))
            kind, typ = 'pii', 'ADDRESS'
        elif key in ('postcode', 'zipcode'):
            v, kind, typ = p['ZipCode'], 'pii', 'POSTAL_CODE'
        elif key == 'city':
            v, kind, typ = case(p['City'], rng), 'decoy', 'GPE'
        elif key == 'country':
            v, kind, typ = p['CountryFull'], 'decoy', 'GPE'
        elif key == 'state_abbr':
            v, kind, typ = p['State'] or 'NY', 'decoy', 'GPE'
        elif key == 'phone_number':
            v, kind, typ = phone(p, rng), 'pii', 'PHONE'
        elif key == 'email':
            v, kind, typ = p['EmailAddress'], 'pii', 'EMAIL'
        elif key == 'credit_card_number':
            v, kind, typ = card(rng), 'pii', 'CREDIT_CARD'
        elif key == 'iban':
            v, kind, typ = iban(rng), 'pii', 'IBAN'
        elif key == 'ssn':
            v, kind, typ = ssn(rng), 'pii', 'US_SSN'
        elif key == 'ip_address':
            v, kind, typ = ip(rng), 'pii', 'IP_ADDRESS'
        elif key == 'us_driver_license':
            v, kind, typ = licence(rng), 'pii', 'US_DRIVER_LICENSE'
        elif key == 'organization':
            v, kind, typ = rng.choice(orgs), 'decoy', 'ORGANIZATION'
        elif key in ('nationality', 'nation_woman', 'nation_plural'):
            n = rng.choice(nats)
            v = {'nationality': n['nationality'], 'nation_woman': n['woman'],
                 'nation_plural': n['plural']}[key].capitalize()
            kind, typ = 'decoy', 'NRP'
        elif key == 'job':
            v, kind, typ = p['Occupation'], 'decoy', 'TITLE'
        elif key == 'age':
            v = str(rng.randint(18, 95))
        elif key == 'year':
            v = str(rng.randint(1950, 2024))
        elif key in ('date_time', 'date_of_birth'):
            v = p['Birthday']
        elif key == 'day_of_week':
            v = rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
        elif key == 'url':
            v = 'https://www.%s/' % p['Domain'].lower()
        else:
            v = key
        out.append(v)
        spans.append((start, start + len(v), kind, typ))
        pos = m.end()
    out.append(template[pos:])
    return ''.join(out), spans


def main():
    raw, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    people, orgs, nats, templates = load(raw)
    rng = random.Random(seed)
    for i in range(n):
        t = rng.randrange(len(templates))
        tmpl = templates[t].replace('\\n', '\n').replace('\\,', ',')
        text, cspans = fill(tmpl, (people, orgs, nats), rng)
        enc = lambda c: len(text[:c].encode())
        spans, cuts = [], []
        for a, b, kind, typ in cspans:
            bs, be = enc(a), enc(b)
            cuts.append((bs, be))
            if kind in ('pii', 'decoy'):
                spans.append({'kind': kind, 'type': typ, 'start': bs, 'end': be})
        raw_b = text.encode()
        p = 0
        for bs, be in sorted(cuts) + [(len(raw_b), len(raw_b))]:
            if bs > p and raw_b[p:bs].strip():
                spans.append({'kind': 'content', 'type': '', 'start': p, 'end': bs})
            p = max(p, be)
        print(json.dumps({'id': 'gen%d-%04d-t%d' % (seed, i, t), 'lang': 'en', 'family': 'presidio-gen',
                          'text': text, 'spans': spans}, ensure_ascii=False))


main()
