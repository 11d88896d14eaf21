#!/usr/bin/env python3
"""thirdparty-presidio.py — turns a public, third-party annotated PII set
into the format of bench/freetext-score.py, for evaluation only (never for
training or for writing rules).

Source: microsoft/presidio-research, data/synth_dataset_v2.json (MIT
licence, Copyright (c) Microsoft Corporation; 1,500 English samples
generated from templates with names, addresses and phones of many
countries).  Commit 7622dec1e5f7d25dc60b57c28c39f4c4af197018, sha256
ec08a771ba8135314cafb60752b2295212222ba3a4cd75d73811839c699e0012.

  thirdparty-presidio.py synth_dataset_v2.json HALF > docs.jsonl
    HALF: A | B | all — the samples are split by their template (the hash
    of template_id), so that the two halves share no phrasing: A may be
    inspected after a first score, B is scored once at the end.

Mapping: identifiers (kind "pii") are PERSON, STREET_ADDRESS (ADDRESS),
PHONE_NUMBER (PHONE), EMAIL_ADDRESS (EMAIL), CREDIT_CARD, IBAN_CODE (IBAN),
US_SSN, IP_ADDRESS, US_DRIVER_LICENSE, ZIP_CODE (POSTAL_CODE).  Kept values
(kind "decoy"): ORGANIZATION, GPE (places), NRP (nationalities, religions,
political groups), TITLE (job titles).  Not scored: DATE_TIME (a date is
personal only when it is a birth date, which the set does not say), AGE,
DOMAIN_NAME.  Content: the text between annotated values."""
import hashlib, json, sys

PII = {'PERSON': 'PERSON', 'STREET_ADDRESS': 'ADDRESS', 'PHONE_NUMBER': 'PHONE',
       'EMAIL_ADDRESS': 'EMAIL', 'CREDIT_CARD': 'CREDIT_CARD', 'IBAN_CODE': 'IBAN',
       'US_SSN': 'US_SSN', 'IP_ADDRESS': 'IP_ADDRESS', 'US_DRIVER_LICENSE': 'US_DRIVER_LICENSE',
       'ZIP_CODE': 'POSTAL_CODE'}
KEEP = {'ORGANIZATION', 'GPE', 'NRP', 'TITLE'}


def half_of(template_id):
    return 'A' if hashlib.sha256(b'presidio-half:%d' % template_id).digest()[0] % 2 == 0 else 'B'


def main():
    data = json.load(open(sys.argv[1], encoding='utf-8'))
    want = sys.argv[2]
    for i, r in enumerate(data):
        if want != 'all' and half_of(r['template_id']) != want:
            continue
        text = r['full_text']
        spans = []
        cuts = []
        for s in sorted(r['spans'], key=lambda s: s['start_position']):
            a, b, t = s['start_position'], s['end_position'], s['entity_type']
            bs, be = len(text[:a].encode()), len(text[:b].encode())
            cuts.append((bs, be))
            if t in PII:
                spans.append({'kind': 'pii', 'type': PII[t], 'start': bs, 'end': be})
            elif t in KEEP:
                spans.append({'kind': 'decoy', 'type': t, 'start': bs, 'end': be})
        # content: the stretches between annotated values
        raw = text.encode()
        pos = 0
        for bs, be in cuts + [(len(raw), len(raw))]:
            if bs > pos and raw[pos:bs].strip():
                spans.append({'kind': 'content', 'type': '', 'start': pos, 'end': bs})
            pos = max(pos, be)
        print(json.dumps({'id': 'presidio-%04d-t%d' % (i, r['template_id']), 'lang': 'en',
                          'family': 'presidio', 'text': text, 'spans': spans}, ensure_ascii=False))


main()
